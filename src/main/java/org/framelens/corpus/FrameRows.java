package org.framelens.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compact per-document rows of one cell of documents: for each frame a byte of flags and a float score,
 * about {@code 5 × frames} bytes per document. Stored in chunks of {@value #CHUNK} documents; only the
 * last chunk grows (from 16 documents, doubling), so a large cell never copies much and a small one
 * wastes little. Not thread-safe while adding; safe to read from several threads once filled.
 */
final class FrameRows {
  static final int PRESENT = 1;
  static final int PROMOTED = 2;
  static final int REPORTED = 4;
  static final int REJECTED = 8;
  static final int CHUNK = 1 << 12;

  private final int frames;
  private final List<byte[]> flags = new ArrayList<>();
  private final List<float[]> scores = new ArrayList<>();
  private int size;

  FrameRows(int frames) {
    this.frames = frames;
  }

  /** Appends one document: {@code flags[f]} and {@code scores[f]} for each frame {@code f}. */
  void add(byte[] docFlags, float[] docScores) {
    int inChunk = size % CHUNK;
    if (inChunk == 0) {
      flags.add(new byte[16 * frames]);
      scores.add(new float[16 * frames]);
    }
    int last = flags.size() - 1;
    int offset = inChunk * frames;
    if (offset == flags.get(last).length) {
      int capacity = Math.min(CHUNK, 2 * inChunk) * frames;
      flags.set(last, Arrays.copyOf(flags.get(last), capacity));
      scores.set(last, Arrays.copyOf(scores.get(last), capacity));
    }
    System.arraycopy(docFlags, 0, flags.get(last), offset, frames);
    System.arraycopy(docScores, 0, scores.get(last), offset, frames);
    size++;
  }

  int size() {
    return size;
  }

  int frames() {
    return frames;
  }

  int chunks() {
    return flags.size();
  }

  /** Documents in chunk {@code c}. */
  int chunkSize(int c) {
    return c < flags.size() - 1 ? CHUNK : size - c * CHUNK;
  }

  /** Flags of chunk {@code c}: document {@code d} of the chunk, frame {@code f} at {@code d * frames + f}. */
  byte[] flagChunk(int c) {
    return flags.get(c);
  }

  /** Scores of chunk {@code c}, laid out like {@link #flagChunk}. */
  float[] scoreChunk(int c) {
    return scores.get(c);
  }
}
