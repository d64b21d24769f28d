package io.aigcfactory.inference.local;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

/**
 * Splits a long text's word pieces into chunks the model accepts, the way LangChain4j
 * does it, so that long texts embed to the same vectors here and there.
 */
final class WordPieceChunks {

	private WordPieceChunks() {
	}

	/**
	 * Chunks of at most {@code size} word pieces between the leading and trailing special
	 * tokens, never cutting a word ({@code ##} continuation pieces stay with their word).
	 */
	static List<List<String>> partition(List<String> tokens, int size) {
		List<List<String>> chunks = new ArrayList<>();
		int start = 1;
		int last = tokens.size() - 1;
		while (start < last) {
			int end = start + size;
			if (end >= last) {
				end = last;
			}
			else {
				while (end > start && tokens.get(end).startsWith("##")) {
					end--;
				}
				if (end == start) {
					end = start + size;
				}
			}
			chunks.add(tokens.subList(start, end));
			start = end;
		}
		return chunks;
	}

	/**
	 * The text of a chunk: the tokenizer's own reconstruction when it tokenizes back to
	 * the same pieces, the pieces joined otherwise.
	 */
	static String toText(HuggingFaceTokenizer tokenizer, List<String> chunk) {
		String text = tokenizer.buildSentence(chunk);
		List<String> again = new LinkedList<>(tokenizer.tokenize(text));
		again.remove(0);
		again.remove(again.size() - 1);
		return again.equals(chunk) ? text : String.join("", chunk);
	}

}
