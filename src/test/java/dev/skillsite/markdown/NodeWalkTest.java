package dev.skillsite.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A walk by the tree's own links meets the nodes flexmark's descendant iterator does, in the same order. */
class NodeWalkTest {
    private static final Markdown MARKDOWN = new Markdown(false);

    @Test
    void meetsEveryNodeOfEachSeedTopicInDocumentOrder() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/skills/seed"))) {
            files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() > 60);
        for (Path file : files) {
            Document document = MARKDOWN.parse(Files.readString(file));
            List<Node> expected = new ArrayList<>();
            document.getDescendants().forEach(expected::add);
            List<Node> walked = new ArrayList<>();
            NodeWalk.forEach(document, walked::add);
            assertEquals(expected, walked, file.toString());
        }
    }

    @Test
    void startsBelowTheNodeGivenAndEndsThere() {
        Document document = MARKDOWN.parse("# One\n\nA *b* c\n\n- d\n- e\n\nf\n");
        Node list = document.getFirstChild().getNext().getNext();
        List<Node> walked = new ArrayList<>();
        NodeWalk.forEach(list, walked::add);
        List<Node> expected = new ArrayList<>();
        list.getDescendants().forEach(expected::add);

        assertEquals(expected, walked);
        assertFalse(walked.contains(list.getNext()), "nothing after the node given");
    }

    @Test
    void passesOverTheChildrenOfANodeItIsToldTo() {
        Document document = MARKDOWN.parse("a\n\n```c\nint x;\n```\n\nb\n");
        List<Node> walked = new ArrayList<>();
        NodeWalk.visit(document, node -> {
            walked.add(node);
            return !(node instanceof FencedCodeBlock);
        });

        assertTrue(walked.stream().anyMatch(n -> n instanceof FencedCodeBlock));
        assertTrue(walked.stream().noneMatch(n -> n.getParent() instanceof FencedCodeBlock), walked.toString());
        assertEquals("b", walked.get(walked.size() - 1).getChars().toString(), "and goes on after it");
    }
}
