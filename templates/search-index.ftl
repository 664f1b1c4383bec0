<#ftl output_format="plainText" strip_whitespace=true>
<#-- The head of the search index (see SearchIndex): a script that hands its data to search.js, so it also
     loads from file://. skill and title name the skill; pages counts its pages, pagesPerFile how many each
     search-index/pages-N.js holds; shards[i] is the first term of search-index/terms-i.js; words lists every
     word a query can match, sorted. -->
<#assign h = content.page>
skillsiteSearch.receive(document.currentScript.src, {"skill":"${h.skill?json_string}","title":"${h.title?json_string}","pages":${h.pages?c},"pagesPerFile":${h.pagesPerFile?c},"shards":[<#list h.shardStarts as s>"${s?json_string}"<#sep>,</#list>],"words":"${h.words?json_string}"});
