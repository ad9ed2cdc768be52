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
</article>
</@layout.page>
