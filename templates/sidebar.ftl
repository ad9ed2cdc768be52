<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign g = content.glossa>
<@layout.page g=g>
<article class="sidebar-page">
  <header class="page-header">
    <p class="kicker">Sidebar</p>
    <h1>${g.title}</h1>
    <#if g.summary?has_content><p class="summary">${g.summary}</p></#if>
    <#if g.appearsBeside?has_content><p class="appears-beside">Appears beside: <#list g.appearsBeside as s><a href="${s.url}">${s.kind} · ${s.title}</a><#sep>; </#list></p></#if>
  </header>
  <@layout.toc g=g/>
  <div class="prose">
${g.body?no_esc}
  </div>
  <@layout.endnotes g=g/>
  <@layout.termDefs g=g/>
</article>
</@layout.page>
