<#ftl output_format="HTML" strip_whitespace=true>
<#-- The frame every page shares: header, navigation of all sections, main content, footer.
     Every URL is made relative with root, so the site works from file:// and under a sub-path.
     The nav opens the current section (content.navSection) and marks the page's own link (content.cached). -->
<#macro page title description="" markdown="">
<#assign root = content.rootpath>
<#assign site = content.site>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<#-- Only the site's own files run or style a page: no inline script or style, nothing from elsewhere but images. -->
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${site.title}</title>
<#if content.head??>
<@head view=content.head/>
<#elseif description?has_content>
<meta name="description" content="${description}">
</#if>
<meta name="color-scheme" content="light dark">
<link rel="icon" href="${root}${site.favicon}">
<link rel="stylesheet" href="${root}css/site.css">
<#if markdown?has_content><link rel="alternate" type="text/markdown" href="${root}${markdown}"></#if>
<script src="${root}js/theme.js"></script>
</head>
<body>
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header">
  <button class="nav-toggle" type="button" aria-controls="site-nav" aria-expanded="false" title="Menu"><span aria-hidden="true">☰</span><span class="visually-hidden">Menu</span></button>
  <#if site.repository??>
  <a class="catalogue-link<#if !site.skillName?has_content> site-title</#if>" href="${root}${site.repository.home}" title="Every skill of ${site.repository.title}">${site.repository.title}</a>
  <#if site.skillName?has_content><span class="crumb" aria-hidden="true">/</span></#if>
  </#if>
  <#if site.skillName?has_content || !site.repository??><a class="site-title" href="${root}${site.home}">${site.title}</a></#if>
  <#if site.version?has_content><span class="site-version">v${site.version}</span></#if>
  <#-- data-indexes: the folder of every search index of the site; data-index: this skill's, when the site has
       several (search.js then offers to search this skill only). -->
  <#assign ownIndex = site.repository?? && site.skillName?has_content>
  <div class="search" role="search" data-indexes="<#if site.repository??><#list site.repository.indexes as i>${i}<#sep> </#list><#else>${site.base}</#if>"<#if ownIndex> data-index="${site.base}"</#if>>
    <label class="visually-hidden" for="search-input">Search ${site.title}</label>
    <input id="search-input" class="search-input" type="search" placeholder="Search" autocomplete="off" spellcheck="false"
           role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="search-results" aria-keyshortcuts="/">
    <kbd class="search-key" aria-hidden="true">/</kbd>
    <div class="search-panel" hidden>
      <#if ownIndex><p class="search-scope"><label><input id="search-scope" type="checkbox"> Only ${site.skillName}</label></p></#if>
      <ul id="search-results" class="search-results" role="listbox" aria-label="Search results"></ul>
    </div>
    <p class="search-status visually-hidden" aria-live="polite"></p>
  </div>
  <#if site.repository??>
  <#-- The other skills, one click away on every page; a disclosure needs no script. -->
  <details class="skill-switcher">
    <summary>Skills</summary>
    <ul>
      <li class="all"><a href="${root}${site.repository.home}"<#if !site.skillName?has_content> aria-current="page"</#if>>All skills</a></li>
    <#list site.repository.skills as other>
      <li><a href="${root}${other.path}"<#if other.label == site.skillName> aria-current="true"</#if>>${other.label}</a></li>
    </#list>
    </ul>
  </details>
  </#if>
  <button class="theme-toggle" type="button" title="Switch between light and dark"><span aria-hidden="true">◐</span><span class="visually-hidden">Theme</span></button>
</header>
<div class="layout">
<#-- The nav is the same on every page of a section at one folder depth, but for the link to the page itself:
     it is rendered once per section and depth, and content.cached marks that link on each page
     (aria-current="page"). Its body may read only the site, root and content.navSection, which the key names. -->
<@content.cached key="${root} ${content.navSection?c}" current="${root}${content.path}">
<nav id="site-nav" class="site-nav" aria-label="${site.sectionsTitle}">
  <ul>
  <#-- content.navSection places this page's section in the nav (-1: none); a number, because FreeMarker
       compares strings with a collator, which at hundreds of items per page dominated rendering. -->
  <#assign navSection = content.navSection>
  <#list site.sections as s>
    <#assign active = s?index == navSection>
    <li<#if active> class="active"</#if>>
      <a href="${root}${s.path}">${s.title}</a> <span class="count">${s.topicCount}</span>
      <#if active>
      <ul>
        <#list s.topics as t>
        <li><a href="${root}${t.path}">${t.name}</a></li>
        </#list>
      </ul>
      </#if>
    </li>
  </#list>
  </ul>
  <#-- Pages no section lists, folder by folder, each folder open: it has no page of its own to open it. -->
  <#list site.folders as f>
  <#if f.title?has_content><p class="folder">${f.title}</p></#if>
  <ul class="folder-items">
    <#list f.items as item>
    <li><a href="${root}${item.path}">${item.label}</a></li>
    </#list>
  </ul>
  </#list>
</nav>
</@content.cached>
<main id="content" class="content">
<#nested>
</main>
</div>
<footer class="site-footer">
  <p>${site.skillName}<#if site.version?has_content> ${site.version}</#if> · built with skillsite · for agents: <a href="${root}${site.base}llms.txt">llms.txt</a><#if site.skillName?has_content || !site.repository??>, <a href="${root}${site.base}llms-full.txt">llms-full.txt</a></#if></p>
</footer>
<script src="${root}js/site.js"></script>
<script src="${root}js/search.js"></script>
</body>
</html>
</#macro>

<#-- What search engines and link previews read of a page (content.head, built with the page): its description,
     then, when the site's address is known, its canonical URL; OpenGraph and X (Twitter) card tags; its JSON-LD,
     a data block that is never run, so the policy's script-src does not apply to it. A page not to be listed says so. -->
<#macro head view>
<#if !view.indexed>
<meta name="robots" content="noindex">
<#return>
</#if>
<#if view.description?has_content>
<meta name="description" content="${view.description}">
</#if>
<#if view.url?has_content>
<link rel="canonical" href="${view.url}">
</#if>
<meta property="og:type" content="${view.type}">
<meta property="og:site_name" content="${content.site.title}">
<meta property="og:title" content="${view.title}">
<#if view.description?has_content>
<meta property="og:description" content="${view.description}">
</#if>
<#if view.url?has_content>
<meta property="og:url" content="${view.url}">
</#if>
<#if view.image?has_content>
<meta property="og:image" content="${view.image}">
</#if>
<meta name="twitter:card" content="${view.image?has_content?then("summary_large_image", "summary")}">
<meta name="twitter:title" content="${view.title}">
<#if view.description?has_content>
<meta name="twitter:description" content="${view.description}">
</#if>
<#if view.image?has_content>
<meta name="twitter:image" content="${view.image}">
</#if>
<#if view.structuredData?has_content>
<script type="application/ld+json">${view.structuredData?no_esc}</script>
</#if>
</#macro>

<#-- Breadcrumb: Home › Section › Topic; the last item is the current page. -->
<#macro breadcrumb items>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="${content.rootpath}${content.site.home}">Home</a></li>
    <#list items as item>
    <li><#if !item?has_next><span aria-current="page">${item.label}</span><#elseif item.path?has_content><a href="${content.rootpath}${item.path}">${item.label}</a><#else>${item.label}</#if></li>
    </#list>
  </ol>
</nav>
</#macro>

<#-- A heading's permalink, in the markup the markdown stage gives every heading of a topic page. -->
<#macro permalink id><a class="permalink" aria-label="Permalink" href="#${id}"><span aria-hidden="true">#</span></a></#macro>

<#-- A link, or its label alone where it names nothing the site has a page for. -->
<#macro link view class=""><#if view.path??><a<#if class?has_content> class="${class}"</#if> href="${content.rootpath}${view.path}">${view.label}</a><#else><span class="unlinked">${view.label}</span></#if></#macro>

<#-- One routing line's targets: the section, then the topics it names. -->
<#macro targets route>
<#list route.targets as target>
<span class="target"><@link view=target.section class="section-link"/><#if target.topics?has_content> (<#list target.topics as t><@link view=t/><#sep>, </#list>)</#if></span><#sep>, </#sep>
</#list>
</#macro>
