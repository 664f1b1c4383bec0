package dev.skillsite.skill;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's heading parser, asked only about lines that can start a heading: a {@code #} heading or a
 * {@code ===} or {@code ---} underline, each the line's first character after its indent. The original,
 * asked about every line, first gathers the text of the paragraph the line would continue, which copies
 * every line of that paragraph so far: a table is one paragraph while it is parsed, so SKILL.md's router
 * tables, hundreds of rows each, cost time in the square of their length. Same results, same AST.
 */
public final class HeadingLines implements Parser.ParserExtension {
    private HeadingLines() {
    }

    public static HeadingLines create() {
        return new HeadingLines();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.HEADING_PARSER, false); // this extension's factory takes its place
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    /** Whether the line's first character after its indent can start a heading or a heading's underline. */
    static boolean mayStartHeading(ParserState state) {
        BasedSequence line = state.getLine();
        int first = state.getNextNonSpaceIndex();
        if (first >= line.length()) {
            return false;
        }
        char c = line.charAt(first);
        return c == '#' || c == '=' || c == '-';
    }

    /** The original factory, with its place among the block parsers, making parsers that ask first. */
    private static final class Factory extends HeadingParser.Factory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory headings = super.apply(options);
            return (state, matched) -> mayStartHeading(state) ? headings.tryStart(state, matched) : BlockStart.none();
        }
    }
}
