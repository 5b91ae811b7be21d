package org.callsheet.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.customers.StatusLabels;
import org.callsheet.ui.shell.Screen;
import org.callsheet.ui.common.Theme;
import org.junit.jupiter.api.Test;

/**
 * Every bundle under org/callsheet/i18n (ours and the other features') exists in English,
 * Simplified and Traditional Chinese with the same keys, and every key the UI code names exists.
 */
class BundleCompletenessTest {
    private static final Path I18N = Path.of("src/main/resources/org/callsheet/i18n");
    private static final Path UI_SOURCES = Path.of("src/main/java/org/callsheet/ui");
    private static final List<String> SUFFIXES = List.of("", "_zh_CN", "_zh_TW");
    private static final Pattern LOCALE_SUFFIX = Pattern.compile("_(zh_CN|zh_TW|zh|en)$");

    @Test
    void everyBundleHasTheSameKeysInAllThreeLanguages() throws IOException {
        Set<String> baseNames = new TreeSet<>();
        try (Stream<Path> files = Files.list(I18N)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> LOCALE_SUFFIX.matcher(n.substring(0, n.length() - ".properties".length())).replaceAll(""))
                    .forEach(baseNames::add);
        }
        assertThat(baseNames).contains("messages");
        List<String> problems = new ArrayList<>();
        for (String base : baseNames) {
            Properties english = load(base, "");
            for (String suffix : SUFFIXES) {
                Path file = I18N.resolve(base + suffix + ".properties");
                if (!Files.exists(file)) {
                    problems.add("missing file " + file.getFileName());
                    continue;
                }
                Properties other = load(base, suffix);
                for (String key : english.stringPropertyNames()) {
                    if (!other.containsKey(key) || other.getProperty(key).isBlank()) {
                        problems.add(base + suffix + ": missing " + key);
                    }
                }
                for (String key : other.stringPropertyNames()) {
                    if (!english.containsKey(key)) {
                        problems.add(base + suffix + ": extra " + key + " (not in the English bundle)");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void patternsWithArgumentsAreValidMessageFormats() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String suffix : SUFFIXES) {
            Properties bundle = load("messages", suffix);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                try {
                    String formatted = new MessageFormat(text, Locale.ROOT).format(new Object[] {1, 2});
                    if (text.contains("'") || (text.contains("{") && formatted.contains("{"))) {
                        problems.add(suffix + " " + key + ": quote or brace left in \"" + formatted + "\"");
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(suffix + " " + key + ": " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheUiUsesExists() throws IOException {
        // the screens search every bundle I18n lists, so a key may live in any of them
        Properties english = new Properties();
        for (String bundle : I18n.BUNDLES) {
            english.putAll(load(bundle.substring(bundle.lastIndexOf('.') + 1), ""));
        }
        Set<String> used = new TreeSet<>(keysNamedInSources());
        for (Screen screen : Screen.values()) {
            used.add(screen.navKey());
            if (!screen.isBuilt()) {
                used.add("coming." + screen.keyStem());
            }
        }
        for (CustomerStatus status : CustomerStatus.values()) {
            used.add(StatusLabels.key(status));
        }
        for (CustomerKind kind : CustomerKind.values()) {
            used.add("customerKind." + kind.name().toLowerCase(Locale.ROOT));
        }
        for (Theme theme : Theme.values()) {
            used.add("theme." + theme.key());
        }
        // message keys the logic's validator hands to the form
        used.addAll(List.of("validation.name.required", "validation.name.tooLong", "validation.phone.invalid",
                "validation.email.invalid", "validation.contact.name.required"));
        assertThat(used).hasSizeGreaterThan(120);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void statusesUseTheDomainTermsInChinese() throws IOException {
        Properties simplified = load("messages", "_zh_CN");
        assertThat(simplified.getProperty("customerStatus.super")).isEqualTo("超级客户");
        // a suspect is a lead not yet contacted (待开发), distinct from a prospect (潜在客户)
        assertThat(simplified.getProperty("customerStatus.suspect")).isEqualTo("待开发客户");
        assertThat(new I18n(Language.TRADITIONAL_CHINESE).get("customerStatus.suspect")).isEqualTo("待開發客戶");
        assertThat(new I18n(Language.TRADITIONAL_CHINESE).get("customerStatus.big")).isEqualTo("大客戶");
        assertThat(new I18n(Language.ENGLISH).get("nav.customers")).isEqualTo("Customers");
    }

    private static Set<String> keysNamedInSources() throws IOException {
        Pattern literal = Pattern.compile("\\b(?:get|format|of|add|addWide|confirm|errorLabel)\\(\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");
        Pattern confirmKey = Pattern.compile(", \"([a-z]+(?:\\.[a-zA-Z]+)+)\", (?:true|false)\\)");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern pattern : List.of(literal, confirmKey)) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        keys.removeIf(k -> k.startsWith("org.") || k.startsWith("ui.") || k.startsWith("app.setup") || k.equals("rep.name"));
        return keys;
    }

    private static Properties load(String base, String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(I18N.resolve(base + suffix + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void listsInASentenceAreSeparatedAsEachLanguageWrites() {
        assertThat(new I18n(Language.ENGLISH).get("common.listSeparator")).isEqualTo(", ");
        assertThat(new I18n(Language.SIMPLIFIED_CHINESE).get("common.listSeparator")).isEqualTo("、");
        assertThat(new I18n(Language.TRADITIONAL_CHINESE).get("common.listSeparator")).isEqualTo("、");
    }
}
