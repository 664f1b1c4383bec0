<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title="Page not found">
<article class="not-found">
  <h1>Page not found</h1>
  <#if content.page.groups??>
  <#-- A repository of skills: back to its catalogue, or straight to a skill. -->
  <p>There is no page at this address. Start again from the <a href="${content.rootpath}index.html">catalogue</a>, or pick a skill:</p>
  <ul>
  <#list content.page.groups as group><#list group.skills as skill>
    <li><a href="${content.rootpath}${skill.home}">${skill.name}</a></li>
  </#list></#list>
  </ul>
  <#else>
  <p>There is no page at this address. Start again from the <a href="${content.rootpath}${content.site.home}">routing table</a>, or pick one of the ${content.site.sectionsTitle?lower_case}:</p>
  <ul>
  <#list content.site.sections as s>
    <li><a href="${content.rootpath}${s.path}">${s.title}</a></li>
  </#list>
  </ul>
  </#if>
</article>
</@layout.page>
