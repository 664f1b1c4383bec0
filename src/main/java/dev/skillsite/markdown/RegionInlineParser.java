package dev.skillsite.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with its two regular-expression matches reading the match's bounds from
 * the {@link Matcher} itself. The originals take {@code Matcher.toMatchResult()}, which on Java 17
 * copies the whole input to a string on every match: once per backtick run of a paragraph, so a
 * paragraph dense with inline code cost time in the square of its length. Same results, same AST.
 */
final class RegionInlineParser extends InlineParserImpl {

    static final InlineParserFactory FACTORY = RegionInlineParser::new;

    private RegionInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern pattern) {
        Matcher matcher = find(pattern);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern pattern) {
        Matcher matcher = find(pattern);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /** The next match from the current index on, the index moved past it; null when there is none. */
    private Matcher find(Pattern pattern) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = pattern.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
