<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "citation.ftl" as citation>
<#assign g = content.glossa>
<@layout.page g=g>
<article class="home">
  <header class="page-header">
    <h1>${g.title}</h1>
    <#if g.subtitle?has_content><p class="subtitle">${g.subtitle}</p></#if>
    <#if g.site.author?has_content><p class="byline">${g.site.author}</p></#if>
  </header>
  <#if g.abstract?has_content>
  <section class="abstract" aria-labelledby="abstract-title">
    <h2 id="abstract-title">Abstract</h2>
    <p>${g.abstract}</p>
  </section>
  </#if>
  <div class="prose">
${g.body?no_esc}
  </div>
  <nav class="contents" id="contents" aria-labelledby="contents-title">
    <h2 id="contents-title">Contents</h2>
    <ol class="contents-list">
    <#list g.site.sections as s>
      <li>
        <a class="contents-title" href="${s.url}">${s.title}</a>
        <p class="contents-summary">${s.summary}</p>
        <p class="contents-meta">${s.readingMinutes} min read</p>
      </li>
    </#list>
    </ol>
  </nav>
  <#if g.cite??><@citation.block c=g.cite/></#if>
  <#if (g.revisions![])?has_content>
  <section class="revisions" id="updates" aria-labelledby="updates-title">
    <h2 id="updates-title">Updates and corrections</h2>
    <ul class="revision-list">
    <#list g.revisions as r>
      <li><time datetime="${r.date}">${r.display}</time> ${r.summary}<#if r.pages?has_content> <span class="revision-pages">(<#list r.pages as p><a href="${p.url}">${p.title}</a><#sep>, </#list>)</span></#if></li>
    </#list>
    </ul>
  </section>
  </#if>
  <@layout.endnotes g=g/>
  <@layout.termDefs g=g/>
</article>
</@layout.page>
