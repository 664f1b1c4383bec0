<#ftl output_format="plainText">
<#-- robots.txt: every page may be crawled, and the sitemap lists them. Written only for a site at a domain's
     root, the one place crawlers read it from. -->
User-agent: *
Allow: /

Sitemap: ${content.page.sitemap}
