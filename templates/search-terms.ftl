<#ftl output_format="plainText" strip_whitespace=true>
<#-- One shard of the search index's terms: each term with its postings, pairs of page number (counted on from
     the previous pair's) and weight. -->
skillsiteSearch.receive(document.currentScript.src, {<#list content.page.terms as t>"${t.term?json_string}":[${t.postings}]<#sep>,</#list>});
