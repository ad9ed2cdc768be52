<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "citation.ftl" as citation>
<#assign g = content.glossa>
<@layout.page g=g>
<article class="plain-page">
  <header class="page-header">
    <h1>${g.title}</h1>
    <#if g.summary?has_content><p class="summary">${g.summary}</p></#if>
  </header>
  <#if g.cite??><@citation.block c=g.cite/></#if>
  <div class="prose">
${g.body?no_esc}
  </div>
  <@layout.endnotes g=g/>
  <@layout.termDefs g=g/>
</article>
</@layout.page>
