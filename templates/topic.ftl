<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#assign view = content.page>
<#assign topic = view.topic>
<@layout.page title=topic.title markdown=topic.markdownPath>
<#-- A document no section lists sits in its folder, which has no page; one at the top of the skill, in nothing. -->
<#assign here = {"label": topic.name, "path": topic.path}>
<@layout.breadcrumb items=topic.sectionTitle?has_content?then([{"label": topic.sectionTitle, "path": topic.sectionPath!""}, here], [here])/>
<div class="topic-layout">
<article class="topic">
  <h1>${topic.title}</h1>
  ${content.body?no_esc}
  <#if view.linkedFrom?has_content>
  <aside class="linked-from" aria-label="Linked from">
    <h2>Linked from</h2>
    <ul>
    <#list view.linkedFrom as link>
      <li class="${link.kind}"><a href="${content.rootpath}${link.path}">${link.label}</a><#if link.kind == "route"> <span class="kind">routing</span></#if></li>
    </#list>
    </ul>
  </aside>
  </#if>
  <nav class="pager" aria-label="Previous and next topic">
    <#if view.previous??><a class="previous" rel="prev" href="${content.rootpath}${view.previous.path}"><span>Previous</span> ${view.previous.label}</a></#if>
    <#if view.next??><a class="next" rel="next" href="${content.rootpath}${view.next.path}"><span>Next</span> ${view.next.label}</a></#if>
  </nav>
  <p class="page-source"><a href="${content.rootpath}${topic.markdownPath}" type="text/markdown">This page as markdown</a><#if content.site.repositoryUrl?has_content> · <a class="edit" href="${content.site.repositoryUrl}/${view.sourcePath}">Edit this page</a></#if></p>
</article>
<#if view.toc?has_content>
<nav class="toc" aria-label="On this page">
  <h2>On this page</h2>
  <ul>
  <#list view.toc as h>
    <li class="level-${h.level}"><a href="#${h.id}">${h.text}</a></li>
  </#list>
  </ul>
</nav>
</#if>
</div>
</@layout.page>
