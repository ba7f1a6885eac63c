package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's chromium, headless, driven by Selenium through Debian's
 * chromium-driver ({@code .ci/interop-tools.sh} installs both). Search, actor, evidence and article
 * pages of the demo store, the links between them, the highlights, and an article whose text
 * and title are hostile markup. Screenshots go to {@code target/screenshots/}.
 */
class PagesBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target/screenshots");

  private static ChromeDriver browser;

  @BeforeAll
  static void openBrowser() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      fail("the page tests need Debian's chromium and chromium-driver; install them with: sudo .ci/interop-tools.sh install");
    }
    Files.createDirectories(SHOTS);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-extensions", "--no-first-run", "--disable-sync",
        "--window-size=1280,1400", "--user-data-dir=" + Files.createTempDirectory("newskg-chromium"));
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static void open(String path) {
    browser.get(DemoServer.base() + path);
  }

  /**
   * Clicks a link or a submit button and waits until the next page has loaded: a click does not
   * wait for the navigation it starts, and the old page's DOM may still answer otherwise.
   */
  private static void follow(WebElement element) {
    String before = browser.getCurrentUrl();
    element.click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().equals(before)
        && "complete".equals(script("return document.readyState")));
  }

  private static void screenshot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private static Object script(String js, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(js, args);
  }

  @Test
  void searchLeadsToTheActorItsEvidenceAndTheArticle() throws IOException {
    open("/search");
    WebElement box = browser.findElement(By.name("q"));
    box.sendKeys("netanyahu");
    follow(browser.findElement(By.cssSelector("form[role=search] button")));
    List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits a.actor"));
    assertFalse(hits.isEmpty(), browser.getPageSource());
    assertEquals("Benjamin Netanyahu", hits.getFirst().getText());
    screenshot("search");

    follow(hits.getFirst());
    assertTrue(browser.getCurrentUrl().endsWith("/actor/person/benjamin-netanyahu"), browser.getCurrentUrl());
    assertTrue(browser.findElement(By.cssSelector("h1.actor-name")).getText().startsWith("Benjamin Netanyahu"));
    WebElement post = browser.findElement(By.cssSelector("#posts tr.fact"));
    assertTrue(post.getText().contains("Prime Minister"), post.getText());
    assertTrue(browser.findElement(By.cssSelector("#affiliations a.actor")).getText().contains("Israel"));
    screenshot("actor");

    follow(post.findElement(By.cssSelector("a.evidence")));
    List<WebElement> sentences = browser.findElements(By.cssSelector("blockquote.sentence"));
    assertEquals(2, sentences.size(), browser.getPageSource());
    assertTrue(sentences.stream().allMatch(s -> s.getText().contains("Netanyahu")));
    screenshot("evidence");

    follow(browser.findElement(By.linkText("Iran and world powers reach nuclear deal in Vienna")));
    assertTrue(browser.getCurrentUrl().contains("/article/example-vienna-2015#s"), browser.getCurrentUrl());
    String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
    WebElement sentence = browser.findElement(By.id(anchor));
    assertEquals("mark", sentence.getTagName());
    assertTrue(sentence.getText().contains("Benjamin Netanyahu"), "the link lands on the evidence sentence");
  }

  @Test
  void anArticleHighlightsNamesAndFactSentencesAndNamesTheFactOnHoverAndSelection() throws IOException {
    open("/article/example-vienna-2015");
    List<WebElement> names = browser.findElements(By.cssSelector("article.text a.mention"));
    assertTrue(names.size() >= 10, "names highlighted: " + names.size());
    assertTrue(names.stream().anyMatch(n -> n.getText().equals("John Kerry")));
    List<WebElement> facts = browser.findElements(By.cssSelector("article.text mark.fact"));
    assertTrue(facts.size() >= 3, "fact sentences highlighted: " + facts.size());
    WebElement kerry = facts.stream().filter(f -> f.getText().contains("John Kerry")).findFirst().orElseThrow();
    assertTrue(kerry.getDomAttribute("title").contains("John Kerry: post Secretary of State"), kerry.getDomAttribute("title"));

    new Actions(browser).moveToElement(kerry).perform();
    String hovered = (String) script("return getComputedStyle(arguments[0]).backgroundColor", kerry);
    kerry.click(); // selecting a highlight (focus) shows what it states, without script
    String shown = (String) script("return getComputedStyle(arguments[0], '::after').content", kerry);
    assertTrue(shown.contains("John Kerry: post Secretary of State"), shown);
    assertFalse(hovered.isEmpty());
    screenshot("article");

    follow(names.stream().filter(n -> n.getText().equals("John Kerry")).findFirst().orElseThrow());
    assertTrue(browser.getCurrentUrl().endsWith("/actor/person/john-kerry"), browser.getCurrentUrl());
    assertTrue(browser.findElement(By.cssSelector("#posts")).getText().contains("Secretary of State"));
  }

  @Test
  void anActorPageListsRolesByEventTypeWithTheOtherActorsLinked() throws IOException {
    open("/actor/country/iran");
    List<String> types = browser.findElements(By.cssSelector("#roles h3.event-type")).stream().map(WebElement::getText).toList();
    assertTrue(types.contains("Negotiation") && types.contains("Attack"), types.toString());
    WebElement mediator = browser.findElement(By.cssSelector("#roles a.actor[href='/actor/organization/european-union']"));
    screenshot("actor-roles");
    follow(mediator);
    assertTrue(browser.findElement(By.cssSelector("h1.actor-name")).getText().startsWith("European Union"));
  }

  @Test
  void hostileArticleTextAndTitleNeverExecute() throws IOException {
    open("/search?q=" + "doha");
    open("/article/hostile-%3Cscript%3E");
    assertNull(script("return window.__xss === undefined ? null : String(window.__xss)"), "a script of the article ran");
    assertTrue(browser.findElement(By.cssSelector("h1.article-title")).getText().startsWith("<script>window.__xss='title'</script>"),
        "the title shows as text");
    String text = browser.findElement(By.cssSelector("article.text")).getText();
    assertTrue(text.contains("<script>window.__xss='text'</script>") && text.contains("\"><img src=x onerror="), text);
    assertTrue(browser.findElements(By.cssSelector("main img, main iframe, main svg, main script")).isEmpty(), "no element came from the text");
    assertTrue(browser.findElements(By.cssSelector("main a[href^='javascript']")).isEmpty());
    for (WebElement mark : browser.findElements(By.cssSelector("article.text mark.fact"))) {
      mark.click();
    }
    new Actions(browser).moveToElement(browser.findElement(By.cssSelector("article.text"))).perform();
    assertNull(script("return window.__xss === undefined ? null : String(window.__xss)"), "a handler of the article ran");
    assertTrue(browser.findElement(By.cssSelector("article.text a.mention[href='/actor/country/qatar']")).isDisplayed());
    screenshot("hostile-article");
  }
}
