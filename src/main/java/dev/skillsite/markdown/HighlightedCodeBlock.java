package dev.skillsite.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import org.fife.ui.rsyntaxtextarea.SyntaxConstants;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenMakerFactory;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

import javax.swing.text.Segment;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/**
 * Fenced code blocks highlighted at build time, so pages need no highlighter script. Tokens come from
 * RSyntaxTextArea's JFlex token makers, which run headless on plain text; each coloured token becomes a
 * {@code <span class="tok-...">} inside the same {@code <pre><code class="language-x">} flexmark writes.
 * A language without a token maker (or {@code text}) is left to flexmark's own rendering.
 */
final class HighlightedCodeBlock implements NodeRenderer {

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new HighlightedCodeBlock();
        }
    }

    /** Info-string languages (lower case) and the token maker that reads them. */
    static final Map<String, String> LANGUAGES = Map.ofEntries(
            entry("c", SyntaxConstants.SYNTAX_STYLE_C), entry("h", SyntaxConstants.SYNTAX_STYLE_C),
            entry("cpp", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS), entry("c++", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS),
            entry("sh", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL), entry("bash", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            entry("shell", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL), entry("console", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            entry("zsh", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            entry("tcl", SyntaxConstants.SYNTAX_STYLE_TCL),
            entry("rust", SyntaxConstants.SYNTAX_STYLE_RUST), entry("rs", SyntaxConstants.SYNTAX_STYLE_RUST),
            entry("lua", SyntaxConstants.SYNTAX_STYLE_LUA),
            entry("conf", SyntaxConstants.SYNTAX_STYLE_INI), entry("ini", SyntaxConstants.SYNTAX_STYLE_INI),
            entry("cfg", SyntaxConstants.SYNTAX_STYLE_INI), entry("toml", SyntaxConstants.SYNTAX_STYLE_INI),
            entry("properties", SyntaxConstants.SYNTAX_STYLE_PROPERTIES_FILE),
            entry("make", SyntaxConstants.SYNTAX_STYLE_MAKEFILE), entry("makefile", SyntaxConstants.SYNTAX_STYLE_MAKEFILE),
            entry("yaml", SyntaxConstants.SYNTAX_STYLE_YAML), entry("yml", SyntaxConstants.SYNTAX_STYLE_YAML),
            entry("json", SyntaxConstants.SYNTAX_STYLE_JSON),
            entry("python", SyntaxConstants.SYNTAX_STYLE_PYTHON), entry("py", SyntaxConstants.SYNTAX_STYLE_PYTHON),
            entry("java", SyntaxConstants.SYNTAX_STYLE_JAVA),
            entry("js", SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT), entry("javascript", SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT),
            entry("go", SyntaxConstants.SYNTAX_STYLE_GO),
            entry("dockerfile", SyntaxConstants.SYNTAX_STYLE_DOCKERFILE));

    /** CSS class per RSyntaxTextArea token type; null leaves the token uncoloured (identifiers, punctuation, space). */
    private static final String[] CLASSES = new String[TokenTypes.DEFAULT_NUM_TOKEN_TYPES];

    static {
        set("tok-comment", TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT);
        set("tok-keyword", TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2, TokenTypes.MARKUP_TAG_NAME);
        set("tok-function", TokenTypes.FUNCTION);
        set("tok-string", TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                TokenTypes.REGEX, TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE);
        set("tok-number", TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                TokenTypes.LITERAL_NUMBER_HEXADECIMAL, TokenTypes.LITERAL_BOOLEAN);
        set("tok-type", TokenTypes.DATA_TYPE, TokenTypes.MARKUP_TAG_ATTRIBUTE);
        set("tok-variable", TokenTypes.VARIABLE);
        set("tok-meta", TokenTypes.PREPROCESSOR, TokenTypes.ANNOTATION, TokenTypes.MARKUP_PROCESSING_INSTRUCTION,
                TokenTypes.MARKUP_DTD);
    }

    // The default factory is a lazily created singleton: create it before render threads race for it.
    private static final TokenMakerFactory TOKEN_MAKERS = TokenMakerFactory.getDefaultInstance();

    private static void set(String cssClass, int... types) {
        for (int type : types) {
            CLASSES[type] = cssClass;
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
    }

    private void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        String language = node.getInfoDelimitedByAny(SequenceUtils.SPACE_TAB_SET).unescape();
        String style = LANGUAGES.get(language.toLowerCase(Locale.ROOT));
        if (style == null) {
            context.delegateRender();
            return;
        }
        // The same frame as flexmark's CoreNodeRenderer, with highlighted spans in place of escaped text.
        html.line();
        html.srcPosWithTrailingEOL(node.getChars()).withAttr().tag("pre").openPre();
        html.attr("class", context.getHtmlOptions().languageClassPrefix + language);
        html.srcPosWithEOL(node.getContentChars()).withAttr(CoreNodeRenderer.CODE_CONTENT).tag("code");
        html.raw(highlight(style, node.getContentChars().normalizeEOL()));
        html.tag("/code");
        html.tag("/pre").closePre();
        html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
    }

    /** The code as escaped HTML, coloured tokens in spans; a span never crosses a line, white space joins like spans. */
    static String highlight(String style, String code) {
        TokenMaker tokens = TOKEN_MAKERS.getTokenMaker(style); // a new, single-threaded instance per block
        StringBuilder out = new StringBuilder(code.length() * 2);
        String[] lines = code.split("\n", -1);
        int state = TokenTypes.NULL;
        for (int i = 0; i < lines.length; i++) {
            char[] chars = lines[i].toCharArray();
            Segment line = new Segment(chars, 0, chars.length);
            String open = null;
            StringBuilder pendingSpace = new StringBuilder();
            for (Token t = tokens.getTokenList(line, state, 0); t != null && t.isPaintable(); t = t.getNextToken()) {
                String text = t.getLexeme();
                if (t.getType() == TokenTypes.WHITESPACE && open != null) {
                    pendingSpace.append(text);
                    continue;
                }
                String cssClass = CLASSES[t.getType()];
                if (open != null && !open.equals(cssClass)) {
                    out.append("</span>");
                    open = null;
                }
                out.append(pendingSpace);
                pendingSpace.setLength(0);
                if (cssClass != null && open == null) {
                    out.append("<span class=\"").append(cssClass).append("\">");
                    open = cssClass;
                }
                out.append(Escaping.escapeHtml(text, false));
            }
            if (open != null) {
                out.append("</span>");
            }
            out.append(pendingSpace);
            state = tokens.getLastTokenTypeOnLine(line, state);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
