package dev.skillsite.check;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A site of a few hundred pages generated from a fixed seed: every page is reachable and full of
 * links that resolve in all the ways a site links (relative, root-relative, folders, fragments,
 * queries, images, srcsets), and a known set of broken links is planted among them. The checker
 * must find exactly the planted ones.
 */
class GeneratedSiteTest {
    private static final long SEED = 8;
    private static final int SECTIONS = 12;
    private static final int PAGES_PER_SECTION = 24;
    private static final int PLANTED_PER_KIND = 5;

    @TempDir
    static Path temp;
    private static Path site;
    private static List<String> planted;
    private static CheckReport report;

    /** One line of a page body, and the finding it must cause ("" for none): "KIND url". */
    private record Line(String html, String expected) {
    }

    @BeforeAll
    static void generate() throws IOException {
        site = temp.resolve("site");
        planted = new Generator(new Random(SEED)).write(site);
        long start = System.nanoTime();
        report = new LinkChecker("/docs/").check(site);
        System.out.printf("generated site: %d pages, %d links checked in %d ms%n", report.pages(), report.links(),
                (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void theCheckerFindsEveryPlantedLinkAndNothingElse() {
        assertEquals(new TreeSet<>(planted), new TreeSet<>(LinkCheckerTest.describe(report)));
        assertEquals(planted.size(), report.findings().size(), "a planted link reported twice");
    }

    @Test
    void theFixtureHasAFewHundredPagesAndEveryKindOfDefect() {
        assertEquals(1 + SECTIONS * (PAGES_PER_SECTION + 1), report.pages());
        // missing page, one ../ too few, missing image, missing srcset entry; each planted PLANTED_PER_KIND times
        assertEquals(4 * PLANTED_PER_KIND, planted("MISSING_FILE .*"));
        assertEquals(PLANTED_PER_KIND, planted("MISSING_FILE .* p9\\d\\d\\.html"));
        assertEquals(PLANTED_PER_KIND, planted("MISSING_FILE .* s\\d+/p\\d+\\.html"));
        assertEquals(PLANTED_PER_KIND, planted("MISSING_FILE .* img/missing-\\d\\.png"));
        assertEquals(PLANTED_PER_KIND, planted("MISSING_FILE .* img/fig\\d+@2x\\.png"));
        assertEquals(PLANTED_PER_KIND, planted("MISSING_FRAGMENT .*"));
        assertEquals(PLANTED_PER_KIND, planted("CASE_MISMATCH .*"));
        assertEquals(PLANTED_PER_KIND, planted("DIRECTORY_WITHOUT_INDEX .*"));
        assertEquals(PLANTED_PER_KIND, planted("OUTSIDE_SITE .*"));
    }

    private static long planted(String regex) {
        return planted.stream().filter(p -> p.matches(regex)).count();
    }

    private static final class Generator {
        private final Random random;
        private final List<String> expected = new ArrayList<>();

        Generator(Random random) {
            this.random = random;
        }

        List<String> write(Path root) throws IOException {
            Files.createDirectories(root.resolve("assets"));
            Files.writeString(root.resolve("assets/logo.png"), "png");
            Files.writeString(root.resolve("assets/site.css"), "body{}");
            List<Line> home = new ArrayList<>();
            for (int s = 0; s < SECTIONS; s++) {
                home.add(new Line("<a href=\"s" + s + "/\">section " + s + "</a>", ""));
                home.add(new Line("<a href=\"/docs/s" + s + "/index.html#top\">section " + s + ", root-relative</a>", ""));
            }
            page(root, "index.html", home);
            // Planted links go into random topic pages; which kinds and how many is fixed.
            List<List<Line>> plantedLines = new ArrayList<>();
            for (int i = 0; i < SECTIONS * PAGES_PER_SECTION; i++) {
                plantedLines.add(new ArrayList<>());
            }
            for (int n = 0; n < PLANTED_PER_KIND; n++) {
                for (int kind = 0; kind < 8; kind++) {
                    int at = random.nextInt(SECTIONS * PAGES_PER_SECTION);
                    plantedLines.get(at).add(planted(kind, at / PAGES_PER_SECTION, at % PAGES_PER_SECTION, n));
                }
            }
            for (int s = 0; s < SECTIONS; s++) {
                Path section = root.resolve("s" + s);
                Files.createDirectories(section.resolve("img"));
                List<Line> index = new ArrayList<>(List.of(new Line("<a href=\"../index.html\">home</a>", "")));
                for (int p = 0; p < PAGES_PER_SECTION; p++) {
                    Files.writeString(section.resolve("img/fig" + p + ".png"), "png");
                    index.add(new Line("<a href=\"p" + p + ".html\">page " + p + "</a>", ""));
                }
                page(root, "s" + s + "/index.html", index);
                for (int p = 0; p < PAGES_PER_SECTION; p++) {
                    List<Line> body = fine(s, p);
                    for (Line line : plantedLines.get(s * PAGES_PER_SECTION + p)) {
                        body.add(random.nextInt(body.size() + 1), line);
                    }
                    page(root, "s" + s + "/p" + p + ".html", body);
                }
            }
            return expected;
        }

        /** Links of a topic page that all resolve. */
        private List<Line> fine(int s, int p) {
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int os = random.nextInt(SECTIONS);
                int op = random.nextInt(PAGES_PER_SECTION);
                int h = 1 + random.nextInt(5);
                String href = switch (random.nextInt(9)) {
                    case 0 -> "p" + op + ".html#h" + h;
                    case 1 -> "../s" + os + "/p" + op + ".html";
                    case 2 -> "/docs/s" + os + "/p" + op + ".html#h" + h;
                    case 3 -> "../s" + os + "/";
                    case 4 -> "#h" + h;
                    case 5 -> "p" + op + ".html?v=" + i + "#h" + h;
                    case 6 -> "./p" + op + ".html";
                    case 7 -> "../s" + os + "/../s" + s + "/p" + op + ".html#top";
                    default -> "https://example.org/s" + os;
                };
                lines.add(new Line("<a href=\"" + href + "\">link " + i + "</a>", ""));
            }
            lines.add(new Line("<img src=\"img/fig" + p + ".png\" srcset=\"img/fig" + p + ".png 1x, ../assets/logo.png 2x\" alt=\"\">", ""));
            return lines;
        }

        private Line planted(int kind, int s, int p, int n) {
            int other = (s + 1 + n) % SECTIONS;
            return switch (kind) {
                case 0 -> broken("<a href=\"p" + (900 + n) + ".html\">missing page</a>", "MISSING_FILE");
                case 1 -> broken("<a href=\"p" + n + ".html#gone-" + n + "\">missing fragment</a>", "MISSING_FRAGMENT");
                case 2 -> broken("<a href=\"s" + other + "/p" + n + ".html\">one ../ too few</a>", "MISSING_FILE");
                case 3 -> broken("<a href=\"../S" + other + "/P" + n + ".html\">wrong letter case</a>", "CASE_MISMATCH");
                case 4 -> broken("<img src=\"img/missing-" + n + ".png\" alt=\"\">", "MISSING_FILE");
                case 5 -> new Line("<img src=\"img/fig" + p + ".png\" srcset=\"img/fig" + p + ".png 1x, img/fig" + p + "@2x.png 2x\" alt=\"\">",
                        "MISSING_FILE img/fig" + p + "@2x.png");
                case 6 -> broken("<a href=\"img/\">a folder without index.html</a>", "DIRECTORY_WITHOUT_INDEX");
                default -> broken("<a href=\"../../s" + other + "/p" + n + ".html\">climbs out of the root</a>", "OUTSIDE_SITE");
            };
        }

        private static Line broken(String html, String kind) {
            String url = html.replaceFirst("^<[a-z]+ (href|src)=\"([^\"]*)\".*", "$2");
            return new Line(html, kind + " " + url);
        }

        /** Writes a page, one link per line from line 5 on, and records where the planted ones landed. */
        private void page(Path root, String path, List<Line> body) throws IOException {
            List<String> lines = new ArrayList<>(List.of("<!DOCTYPE html>",
                    "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + path + "</title>",
                    "<link rel=\"stylesheet\" href=\"" + "../".repeat(path.split("/").length - 1) + "assets/site.css\"></head>",
                    "<body>" + headings()));
            for (Line line : body) {
                lines.add(line.html());
                if (!line.expected().isEmpty()) {
                    String[] kindAndUrl = line.expected().split(" ", 2);
                    expected.add(kindAndUrl[0] + " " + path + ":" + lines.size() + ":1 " + kindAndUrl[1]);
                }
            }
            lines.add("</body></html>");
            Files.write(root.resolve(path), lines);
        }

        private static String headings() {
            StringBuilder out = new StringBuilder();
            for (int h = 1; h <= 5; h++) {
                out.append("<h2 id=\"h").append(h).append("\">Heading ").append(h).append("</h2>");
            }
            return out.toString();
        }
    }
}
