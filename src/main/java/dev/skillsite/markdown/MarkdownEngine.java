package dev.skillsite.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.skillsite.skill.SourceFile;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's markup-engine seam, filled with our flexmark flavour. JBake's own markdown engine treats a
 * line of six tildes as its header separator and prints YAML front matter as text, so this one is
 * registered for {@code md} instead. It parses each file once, into an AST kept on the document model
 * for the link-resolving render that follows once every page's headings are known.
 */
public final class MarkdownEngine extends MarkupEngine {
    /** The document-model key of the flexmark AST. */
    public static final String AST = "skillsite.ast";

    private final Markdown markdown;

    public MarkdownEngine(Markdown markdown) {
        this.markdown = markdown;
    }

    /** Parses a file already read as strict UTF-8, through JBake's parser context. */
    public DocumentModel parse(SourceFile source, JBakeConfiguration config) {
        ParserContext context = new ParserContext(source.path().toFile(), source.text().lines().toList(), config, false);
        context.setBody(source.text());
        processHeader(context);
        processBody(context);
        return context.getDocumentModel();
    }

    @Override
    public void processBody(ParserContext context) {
        Document document = markdown.parse(context.getBody());
        DocumentModel model = context.getDocumentModel();
        model.put(AST, document);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() == 1) {
                model.setTitle(SkillMarkdown.plainText(h).strip()); // "the sorted-set zset", not "`zset`"
                break;
            }
        }
    }
}
