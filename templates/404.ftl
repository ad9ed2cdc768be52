<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign g = content.glossa>
<@layout.page g=g>
<article class="not-found">
  <header class="page-header">
    <h1>Page not found</h1>
  </header>
  <div class="prose">
    <p>There is no page at this address. It may have moved when the essay was revised.</p>
    <p>Start again from the <a href="${g.site.homeUrl}#contents">contents</a><#if g.site.glossaryUrl??>, the <a href="${g.site.glossaryUrl}">glossary</a></#if> or the <a href="${g.site.sourcesUrl}">sources</a>.</p>
  </div>
</article>
</@layout.page>
