package org.newskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The licence and the third-party notice a redistributor needs: THIRD-PARTY.txt is what the build's
 * license-maven-plugin generates from the dependencies (scripts/gen-third-party rewrites it), and
 * the notice names the sources of the bundled data.
 */
class LicenceNoticeTest {
  @Test
  void theCheckedInThirdPartyListIsWhatTheBuildGenerates() throws Exception {
    Path generated = TestFiles.root().resolve("target/generated-resources/licenses/THIRD-PARTY.txt");
    assertTrue(Files.isRegularFile(generated), "the build generates " + generated);
    assertEquals(Files.readString(generated).strip(), Files.readString(TestFiles.root().resolve("THIRD-PARTY.txt")).strip(),
        "THIRD-PARTY.txt is out of date with the dependencies: run scripts/gen-third-party");
  }

  @Test
  void theLicenceIsTheGplAndTheNoticeNamesEveryDataSource() throws Exception {
    assertTrue(Files.readString(TestFiles.root().resolve("LICENSE")).contains("GNU GENERAL PUBLIC LICENSE")
        && Files.readString(TestFiles.root().resolve("LICENSE")).contains("Version 3, 29 June 2007"));
    assertTrue(Files.readString(TestFiles.root().resolve("pom.xml")).contains("<name>GPL-3.0-or-later</name>"));
    String notice = Files.readString(TestFiles.root().resolve("NOTICE.md"));
    for (String source : List.of("CoreNLP", "world-countries", "country-coder", "WordNet 3.1", "PETRARCH2",
        "THIRD-PARTY.txt")) {
      assertTrue(notice.contains(source), "NOTICE.md names " + source);
    }
    assertTrue(Files.readString(TestFiles.root().resolve("THIRD-PARTY.txt")).contains("Stanford CoreNLP"));
  }
}
