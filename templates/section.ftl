<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#assign section = content.page>
<@layout.page title=section.title>
<@layout.breadcrumb items=[{"label": section.title, "path": section.path}]/>
<article class="section-page">
  <h1>${section.title}</h1>
  <table class="table topics">
    <thead><tr><th scope="col">Topic</th><th scope="col">What it covers</th></tr></thead>
    <tbody>
    <#list section.topics as t>
      <tr><td><a href="${content.rootpath}${t.path}">${t.name}</a></td><td>${t.description}</td></tr>
    </#list>
    </tbody>
  </table>
  <#if section.routes?has_content>
  <section aria-labelledby="tasks">
    <h2 id="tasks">Tasks that lead here</h2>
    <ul class="routes">
    <#list section.routes as route>
      <li><span class="task">${route.task}</span> → <@layout.targets route=route/></li>
    </#list>
    </ul>
  </section>
  </#if>
</article>
</@layout.page>
