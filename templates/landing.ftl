<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#assign site = content.site>
<@layout.page title="Home">
<article class="landing">
  <h1>${site.title}</h1>
  <p class="lead">${site.description}</p>
  ${site.intro?no_esc}

  <#if site.routes?has_content>
  <section aria-labelledby="${site.routingId}">
    <h2 id="${site.routingId}">Routing <@layout.permalink id=site.routingId/></h2>
    <p>Find the task you are about to do; it leads to the ${site.sectionsTitle?lower_case} and topics to read first.</p>
    <table class="table routes">
      <thead><tr><th scope="col">Task</th><th scope="col">Read</th></tr></thead>
      <tbody>
      <#list site.routes as route>
        <tr><td>${route.task}</td><td><@layout.targets route=route/></td></tr>
      </#list>
      </tbody>
    </table>
  </section>
  </#if>

  <#list site.passages as passage>
  <section aria-labelledby="${passage.id}">
    <h2 id="${passage.id}">${passage.heading} <@layout.permalink id=passage.id/></h2>
    ${passage.html?no_esc}
  </section>
  </#list>

  <#if site.sections?has_content>
  <section aria-labelledby="${site.sectionsId}">
    <h2 id="${site.sectionsId}">${site.sectionsTitle} <@layout.permalink id=site.sectionsId/></h2>
    <ul class="cards">
    <#list site.sections as s>
      <li id="${s.anchor}" class="card">
        <h3><a href="${content.rootpath}${s.path}">${s.title}</a></h3>
        <p class="count">${s.topicCount} topic<#if s.topicCount != 1>s</#if></p>
        <p><#list s.topics as t><a href="${content.rootpath}${t.path}">${t.name}</a><#sep> · </#list></p>
      </li>
    </#list>
    </ul>
  </section>
  </#if>

  <#if site.folders?has_content>
  <section aria-labelledby="more-pages">
    <h2 id="more-pages">More pages <@layout.permalink id="more-pages"/></h2>
    <#list site.folders as f>
    <#if f.title?has_content><h3 class="folder">${f.title}</h3></#if>
    <ul class="folder-items">
      <#list f.items as item>
      <li><a href="${content.rootpath}${item.path}">${item.label}</a></li>
      </#list>
    </ul>
    </#list>
  </section>
  </#if>
</article>
</@layout.page>
