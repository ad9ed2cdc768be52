<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign g = content.glossa>
<@layout.page g=g>
<article class="sources">
  <header class="page-header">
    <h1>Sources</h1>
    <p class="summary">${g.summary}</p>
    <#if g.bibliographyUrl??><p class="bib-download">The bibliography is also available as a BibTeX file for reference managers: <a href="${g.bibliographyUrl}" type="application/x-bibtex">sources.bib</a>.</p></#if>
  </header>
  <#list (g.sourceGroups![]) as group>
  <section aria-labelledby="group-${group.id}">
    <h2 id="group-${group.id}">${group.title}</h2>
    <ul class="bibliography">
    <#list group.entries as s>
      <li id="${s.id}">
        <p class="bib-entry">${s.html?no_esc}</p>
        <#if s.annotation?has_content><p class="bib-annotation">${s.annotation}</p></#if>
        <#if s.citedInPages?has_content><p class="cited-in">Cited in: <#list s.citedInPages as p>${p.lead} <#list p.notes as c><a href="${c.url}" aria-label="${c.label}">${c.number?c}</a><#sep>, </#list><#sep>; </#list>.</p></#if>
      </li>
    </#list>
    </ul>
  </section>
  </#list>
</article>
</@layout.page>
