<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign g = content.glossa>
<@layout.page g=g>
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="${g.site.homeUrl}#contents">Contents</a> › Part ${g.number} of ${g.site.sections?size}</nav>
<article class="section<#if g.sidebarBoxes?has_content> has-sidebar</#if>">
  <header class="page-header">
    <p class="kicker">Part ${g.number}</p>
    <h1>${g.title}</h1>
    <p class="summary">${g.summary}</p>
    <p class="meta">${g.readingMinutes} min read</p>
  </header>
  <@layout.toc g=g/>
  <@layout.sidebarBoxes g=g/>
  <div class="prose">
${g.body?no_esc}
  </div>
  <@layout.endnotes g=g/>
  <@layout.termDefs g=g/>
</article>
<nav class="pager" aria-label="Previous and next sections">
  <#if g.previous??><a class="pager-prev" rel="prev" href="${g.previous.url}"><span class="pager-label">Previous</span> ${g.previous.title}</a></#if>
  <#if g.next??><a class="pager-next" rel="next" href="${g.next.url}"><span class="pager-label">Next</span> ${g.next.title}</a></#if>
</nav>
</@layout.page>
