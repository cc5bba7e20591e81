package org.framelens.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NaiveBayesTableTest {
  private static List<MaxentModel> builtInModels(String lang) throws Exception {
    String base = "models/strategic-narratives/" + lang + "/";
    ClassLoader loader = NaiveBayesTableTest.class.getClassLoader();
    java.util.Properties p = new java.util.Properties();
    try (InputStream in = loader.getResourceAsStream(base + FrameClassifier.PROPERTIES)) {
      p.load(in);
    }
    List<MaxentModel> models = new ArrayList<>();
    for (String frame : p.getProperty("frames").split(",")) {
      try (InputStream in = loader.getResourceAsStream(base + frame + ".bin")) {
        models.add(new DoccatModel(in).getMaxentModel());
      }
    }
    return models;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ru"})
  void yesProbabilities_equalTheModelsOwnEvaluationBitForBit(String lang) throws Exception {
    List<MaxentModel> models = builtInModels(lang);
    NaiveBayesTable table = NaiveBayesTable.of(models, FrameClassifier.BAG_OF_WORDS).orElseThrow();
    List<String> vocabulary = new ArrayList<>();
    for (MaxentModel m : models.subList(0, 2)) {
      Object[] data = ((opennlp.tools.ml.naivebayes.NaiveBayesModel) m).getDataStructures();
      @SuppressWarnings("unchecked")
      java.util.Map<String, ?> pmap = (java.util.Map<String, ?>) data[1];
      pmap.keySet().forEach(k -> vocabulary.add(k.substring(FrameClassifier.BAG_OF_WORDS.length())));
    }
    assertThat(table.features()).isGreaterThanOrEqualTo(new java.util.HashSet<>(vocabulary).size());
    Random random = new Random(42);
    for (int n = 0; n < 2_000; n++) {
      // known features, repeated ones and unknown ones, in random order
      String[] features = new String[1 + random.nextInt(40)];
      for (int i = 0; i < features.length; i++) {
        features[i] = random.nextInt(10) == 0 ? "unseen" + random.nextInt(5)
            : vocabulary.get(random.nextInt(vocabulary.size()));
      }
      String[] context = new String[features.length];
      for (int i = 0; i < features.length; i++) {
        context[i] = FrameClassifier.BAG_OF_WORDS + features[i];
      }
      double[] merged = table.yesProbabilities(features);
      for (int f = 0; f < models.size(); f++) {
        double own = models.get(f).eval(context)[models.get(f).getIndex(FrameClassifier.YES)];
        assertThat(merged[f]).as("frame %s, sentence %s", f, n).isEqualTo(own);
      }
    }
  }

  @Test
  void of_modelOfAnotherKind_isEmpty() {
    MaxentModel other = new opennlp.tools.ml.maxent.GISModel(new opennlp.tools.ml.model.Context[0], new String[0],
        new String[] {"yes", "no"});
    assertThat(NaiveBayesTable.of(List.of(other), FrameClassifier.BAG_OF_WORDS)).isEmpty();
  }
}
