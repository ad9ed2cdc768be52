<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign g = content.glossa>
<@layout.page g=g>
<article class="sources">
  <header class="page-header">
    <h1>Sources</h1>
    <p class="summary">${g.summary}</p>
  </header>
  <#list (g.sourceGroups![]) as group>
  <section aria-labelledby="group-${group.id}">
    <h2 id="group-${group.id}">${group.title}</h2>
    <ul class="bibliography">
    <#list group.entries as s>
      <li id="src-${s.key}">
        <p class="bib-entry">${s.html?no_esc}</p>
        <#if s.annotation?has_content><p class="bib-annotation">${s.annotation}</p></#if>
        <#if s.citedIn?has_content><p class="cited-in">Cited in: <#list s.citedIn as c><a href="${c.url}">${c.label}</a><#sep> · </#list></p></#if>
      </li>
    </#list>
    </ul>
  </section>
  </#list>
</article>
</@layout.page>
