<#ftl output_format="HTML" strip_whitespace=true>
<#-- A repository of skills: every skill's card, by the folder it lives in, filtered as you type (assets/js/catalogue.js). -->
<#import "layout.ftl" as layout>
<#assign catalogue = content.page>
<@layout.page title="All skills" description="${catalogue.skillCount} skills, ${catalogue.pageCount} pages">
<article class="catalogue">
  <h1>${catalogue.title}</h1>
  <p class="lead">${catalogue.skillCount} skills, ${catalogue.pageCount} pages. Each skill routes a task to the pages to read first.</p>
  <p class="catalogue-filter">
    <label for="catalogue-filter">Filter skills</label>
    <input id="catalogue-filter" type="search" placeholder="Name, description, task" autocomplete="off" spellcheck="false">
    <span class="catalogue-count" aria-live="polite"></span>
  </p>
  <#list catalogue.groups as group>
  <section class="catalogue-group"<#if group.folder?has_content> aria-labelledby="folder-${group?index}"</#if>>
    <#if group.folder?has_content><h2 id="folder-${group?index}" class="folder">${group.folder}</h2></#if>
    <ul class="cards">
    <#list group.skills as skill>
      <li class="card skill-card">
        <h3><a href="${content.rootpath}${skill.home}">${skill.name}</a><#if skill.version?has_content> <span class="version">v${skill.version}</span></#if></h3>
        <#if skill.title != skill.name><p class="skill-title">${skill.title}</p></#if>
        <p>${skill.description}</p>
        <p class="count">${skill.pages} page<#if skill.pages != 1>s</#if></p>
        <#if skill.offers?has_content>
        <ul class="offers">
          <#list skill.offers as offer><li>${offer}</li></#list>
        </ul>
        </#if>
      </li>
    </#list>
    </ul>
  </section>
  </#list>
  <p class="catalogue-none" hidden>No skill matches.</p>
</article>
<script src="${content.rootpath}js/catalogue.js"></script>
</@layout.page>
