<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign g = content.glossa>
<@layout.page g=g>
<article class="glossary-index">
  <header class="page-header">
    <h1>Glossary</h1>
    <p class="summary">${g.summary}</p>
  </header>
  <nav class="letters" aria-label="Glossary by letter">
    <ul><#list g.letters as l><li><a href="#letter-${l.id}">${l.letter}</a></li></#list></ul>
  </nav>
  <#list g.letters as l>
  <section aria-labelledby="letter-${l.id}">
    <h2 id="letter-${l.id}">${l.letter}</h2>
    <dl class="glossary-list">
    <#list l.entries as e>
      <dt><a href="${e.url}">${e.term}</a></dt>
      <dd><#if e.aliases?has_content><span class="aliases">Also: <#list e.aliases as a><span class="alias">${a}</span><#sep>, </#list>.</span> </#if>${e.short}</dd>
    </#list>
    </dl>
  </section>
  </#list>
</article>
</@layout.page>
