package meridian.domain.rfq.parse;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * HanLP segmentation with the project's own dictionary (security names and aliases, the domain
 * lexicon) built in memory at start-up. The dictionary belongs to this segmenter only: nothing is
 * added to HanLP's global custom dictionary and no dictionary file is read or written besides the
 * core dictionary that the portable jar ships. Project words are forced, so that a name or a term of
 * art always comes out as one word.
 */
final class ProjectSegmenter {

    /** One word of the segmented text and where it starts. */
    record Word(String text, int offset) {
        int end() {
            return offset + text.length();
        }
    }

    private final Segment segment;

    ProjectSegmenter(Collection<String> projectWords) {
        TreeMap<String, CoreDictionary.Attribute> entries = new TreeMap<>();
        for (String word : projectWords) {
            if (!word.isBlank()) {
                entries.put(word, CoreDictionary.Attribute.create("nz 1000"));
            }
        }
        DoubleArrayTrie<CoreDictionary.Attribute> trie = new DoubleArrayTrie<>();
        if (trie.build(entries) != 0) {
            throw new IllegalStateException("could not build the project dictionary");
        }
        // a null path list: build from the trie above, never from a dictionary file
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary(trie, new BinTrie<>(), null);
        this.segment = new ViterbiSegment()
                .enableCustomDictionary(dictionary)
                .enableCustomDictionaryForcing(true)
                .enableAllNamedEntityRecognize(false)
                .enablePartOfSpeechTagging(false)
                .enableOffset(true);
    }

    List<Word> segment(String normalizedText) {
        List<Word> words = new ArrayList<>();
        if (normalizedText.isEmpty()) {
            return words;
        }
        int offset = 0;
        for (Term term : segment.seg(normalizedText)) {
            // offsets are recomputed: HanLP reports them per sentence
            words.add(new Word(term.word, offset));
            offset += term.word.length();
        }
        return words;
    }
}
