<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign g = content.glossa>
<@layout.page g=g>
<nav class="breadcrumb" aria-label="Breadcrumb"><#if g.site.glossaryUrl??><a href="${g.site.glossaryUrl}">Glossary</a> › </#if>${g.term}</nav>
<article class="glossary-entry">
  <header class="page-header">
    <p class="kicker">Glossary</p>
    <h1>${g.term}</h1>
    <#if g.aliases?has_content><p class="aliases">Also: <#list g.aliases as a><span class="alias">${a}</span><#sep>, </#list></p></#if>
    <p class="summary">${g.short}</p>
  </header>
  <div class="prose">
${g.body?no_esc}
  </div>
  <#if g.usedIn?has_content>
  <section class="used-in" aria-labelledby="used-in-title">
    <h2 id="used-in-title">Used in</h2>
    <ul class="used-in-pages">
    <#list g.usedIn as p>
      <li><a class="used-in-page" href="${p.url}"><span class="used-in-kind">${p.kind}</span> · ${p.title}</a>
        <ul class="used-in-uses">
        <#list p.uses as u>
          <li><a href="${u.url}">${u.before}<strong>${u.text}</strong>${u.after}</a></li>
        </#list>
        </ul>
      </li>
    </#list>
    </ul>
  </section>
  </#if>
  <@layout.endnotes g=g/>
  <@layout.termDefs g=g/>
</article>
</@layout.page>
