<#ftl output_format="plainText" strip_whitespace=true>
<#-- The head of the search index (see SearchIndex): a script that hands its data to search.js, so it also
     loads from file://. skill and title name the skill; pages counts its pages, pagesPerFile how many each
     search-index/pages-N.js holds; words[i] is the first word of search-index/words-i.js, terms[i] the first
     term of search-index/terms-i.js. -->
<#assign h = content.page>
skillsiteSearch.receive(document.currentScript.src, {"skill":"${h.skill?json_string}","title":"${h.title?json_string}","pages":${h.pages?c},"pagesPerFile":${h.pagesPerFile?c},"words":[<#list h.wordStarts as s>"${s?json_string}"<#sep>,</#list>],"terms":[<#list h.termStarts as s>"${s?json_string}"<#sep>,</#list>]});
