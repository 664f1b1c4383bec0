<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list content.page.pages as path>
  <url><loc>${content.page.baseUrl}${path?keep_before_last("index.html")}</loc></url>
</#list>
</urlset>
