package org.framelens.corpus;

/** Test data shared by the SemEval tests. */
public final class SemevalTestData {
  private SemevalTestData() {}

  /** A two-narrative miniature of the task's taxonomy. */
  public static final String MINI_INI = """
      [taxonomy]
      id = mini-urw
      version = 0.0.1
      label = Miniature URW
      languages = en

      [frame blame]
      label = URW: Blaming the war on others
      description = Someone else than the invader is to blame.

      [frame blame__west]
      label = URW: Blaming the war on others: The West are the aggressors
      parent = blame
      description = The West started the war.

      [frame praise]
      label = URW: Praise of Russia
      description = Russia is praised.

      [frame praise__army]
      label = URW: Praise of Russia: Praise of Russian military might
      parent = praise
      description = The army is praised.
      """;
}
