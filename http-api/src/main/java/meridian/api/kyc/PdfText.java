package meridian.api.kyc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain A4 text document written with PDFBox: headings and wrapped lines, new pages as needed. The font is the first
 * readable of the given TrueType files or collections (a CJK font shows Chinese names); characters the font lacks are
 * written as {@code ?}.
 */
final class PdfText implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float HEADING = 13;
    private static final float LEADING = 1.4f;

    private final PDDocument document = new PDDocument();
    private final PDFont font;
    private final boolean cjk;
    private PDPageContentStream stream;
    private float y;

    PdfText(List<Path> fontCandidates) {
        PDFont chosen = null;
        for (Path candidate : fontCandidates) {
            if (candidate != null && Files.isReadable(candidate)) {
                try {
                    chosen = load(candidate);
                    break;
                } catch (IOException | RuntimeException e) {
                    // an unreadable font: try the next one
                }
            }
        }
        this.font = chosen != null ? chosen : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        this.cjk = printable("中");
    }

    /** Whether the font shows Chinese characters. */
    boolean showsChinese() {
        return cjk;
    }

    private PDFont load(Path path) throws IOException {
        String name = path.getFileName().toString().toLowerCase();
        if (name.endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            List<TrueTypeFont> fonts = new ArrayList<>();
            collection.processAllFonts(fonts::add);
            return PDType0Font.load(document, fonts.get(0), true);
        }
        return PDType0Font.load(document, path.toFile());
    }

    void heading(String text) {
        space(HEADING * LEADING * 1.5f);
        y -= HEADING * 0.5f;
        write(clean(text), HEADING);
    }

    void line(String text) {
        for (String wrapped : wrap(clean(text), SIZE)) {
            space(SIZE * LEADING);
            write(wrapped, SIZE);
        }
    }

    byte[] toBytes() {
        try {
            if (stream != null) {
                stream.close();
                stream = null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text, float size) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves down by {@code height}, starting a new page when the current one is full. */
    private void space(float height) {
        try {
            if (stream == null || y - height < MARGIN) {
                if (stream != null) {
                    stream.close();
                }
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                stream = new PDPageContentStream(document, page);
                y = page.getMediaBox().getHeight() - MARGIN;
            }
            y -= height;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, float size) {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (width(current + ch, size) > width && current.length() > 0) {
                int cut = current.lastIndexOf(" ");
                if (cut > current.length() / 2) {
                    lines.add(current.substring(0, cut));
                    current = new StringBuilder(current.substring(cut + 1));
                } else {
                    lines.add(current.toString());
                    current = new StringBuilder();
                }
            }
            current.append(ch);
            i += Character.charCount(cp);
        }
        lines.add(current.toString());
        return lines;
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String clean(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
            out.append(printable(ch) ? ch : "?");
        });
        return out.toString();
    }

    private boolean printable(String ch) {
        try {
            font.encode(ch);
            return font.getStringWidth(ch) > 0 || ch.isBlank();
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
