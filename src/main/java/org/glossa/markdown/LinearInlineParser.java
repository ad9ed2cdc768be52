package org.glossa.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
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
 * Flexmark's inline parser with its two regular-expression helpers made linear. Flexmark 0.64.8
 * calls {@link Matcher#toMatchResult()} for every match, which copies the whole rest of the
 * paragraph into a new string: a paragraph of a few hundred kilobytes of entities, code spans or
 * autolinks then takes minutes to parse (quadratic time). Reading the positions from the matcher
 * itself gives the same result without the copy.
 */
final class LinearInlineParser extends InlineParserImpl {
    private static final InlineParserFactory FACTORY = LinearInlineParser::new;

    /**
     * Makes a parser use this inline parser. Flexmark adds its core paragraph pre-processor (the
     * one that reads link reference definitions) only with its own inline parser factory, so it is
     * added here again.
     */
    static Parser.Builder install(Parser.Builder builder) {
        return builder.customInlineParserFactory(FACTORY)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    private LinearInlineParser(
            DataHolder options,
            BitSet specialCharacters,
            BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors,
            LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(
                options,
                specialCharacters,
                delimiterCharacters,
                delimiterProcessors,
                linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher m = find(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = find(re);
        if (m == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        groups[0] = input.subSequence(m.start(), m.end());
        for (int i = 1; i < groups.length; i++) {
            groups[i] = m.start(i) >= 0 ? input.subSequence(m.start(i), m.end(i)) : null;
        }
        return groups;
    }

    /** Finds the pattern from the current index and moves past it, as flexmark does. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher m = re.matcher(input);
        m.region(index, input.length());
        if (!m.find()) {
            return null;
        }
        index = m.end();
        return m;
    }
}
