package dev.skillsite.skill;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The heading parser that only looks at lines that can start a heading reads what flexmark's own reads. */
class HeadingLinesTest {
    private static final List<Extension> FLAVOUR = List.of(TablesExtension.create(), YamlFrontMatterExtension.create());

    @Test
    void readsEveryFormOfHeadingAndNotHeadingAsFlexmarksOwnParserDoes() throws IOException {
        assertSameReading(Files.readString(Path.of("src/test/resources/markdown/heading-forms.md")));
    }

    @Test
    void readsSkillMdWithItsRouterTablesAsFlexmarksOwnParserDoes() throws IOException {
        assertSameReading(Files.readString(Path.of("src/test/resources/skills/seed/SKILL.md")));
    }

    private static void assertSameReading(String markdown) {
        List<Extension> withHeadingLines = new ArrayList<>(FLAVOUR);
        withHeadingLines.add(HeadingLines.create());
        MutableDataSet own = new MutableDataSet(HeadingIds.OPTIONS).set(Parser.EXTENSIONS, FLAVOUR);
        Node expected = Parser.builder(own).build().parse(markdown);
        Node actual = Parser.builder(new MutableDataSet(HeadingIds.OPTIONS).set(Parser.EXTENSIONS, withHeadingLines)).build().parse(markdown);

        assertEquals(tree(expected), tree(actual));
        HtmlRenderer html = HtmlRenderer.builder(own).build();
        assertEquals(html.render(expected), html.render(actual));
    }

    /** Every node's type and source span, one per line, indented by depth. */
    private static String tree(Node root) {
        StringBuilder tree = new StringBuilder();
        append(root, 0, tree);
        return tree.toString();
    }

    private static void append(Node node, int depth, StringBuilder tree) {
        tree.append("  ".repeat(depth)).append(node.getClass().getSimpleName())
                .append(' ').append(node.getStartOffset()).append('-').append(node.getEndOffset()).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, depth + 1, tree);
        }
    }
}
