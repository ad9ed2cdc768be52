package org.glossa.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ## Title {#id}}: takes a trailing id off a heading and keeps it as the heading's anchor.
 * Only ids are accepted, unlike flexmark's attributes extension, which would also let
 * {@code onclick} or {@code style} through.
 */
public final class HeadingIdExtension implements Parser.ParserExtension {
    private static final Pattern TRAILING_ID = Pattern.compile("\\s*\\{#([^}\\s]*)\\}\\s*$");

    private HeadingIdExtension() {}

    public static HeadingIdExtension create() {
        return new HeadingIdExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Heading.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    Heading heading = (Heading) node;
                    if (!(heading.getLastChild() instanceof Text text)) {
                        return;
                    }
                    BasedSequence chars = text.getChars();
                    Matcher m = TRAILING_ID.matcher(chars);
                    if (!m.find()) {
                        return;
                    }
                    heading.setAnchorRefId(m.group(1));
                    heading.setExplicitAnchorRefId(true);
                    BasedSequence kept = chars.subSequence(0, m.start());
                    if (kept.isEmpty()) {
                        text.unlink();
                    } else {
                        text.setChars(kept);
                    }
                }
            };
        }
    }

    /** Offset in the parsed text where an explicit id starts, for diagnostics about it. */
    public static int idOffset(Heading heading) {
        BasedSequence line = heading.getChars();
        int hash = line.toString().lastIndexOf("{#");
        return hash >= 0 ? line.getStartOffset() + hash + 2 : heading.getStartOffset();
    }
}
