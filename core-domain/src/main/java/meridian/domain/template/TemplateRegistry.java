package meridian.domain.template;

import meridian.domain.common.ValidationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Template versions in memory. Creating a version parses, checks and compiles it and numbers it 1, 2, ... per
 * name; running its tests decides, once, whether it is accepted. Only accepted versions may price deals.
 * Thread-safe.
 */
public final class TemplateRegistry {
    private final Map<String, List<TemplateVersion>> versions = new LinkedHashMap<>();

    /**
     * Adds a PENDING version. Submitting a definition equal (same hash) to an existing version of the name
     * returns that version instead of a copy.
     *
     * @throws ValidationException naming the bad field, {@code script} with line and column for script errors
     */
    public synchronized TemplateVersion create(TemplateDefinition definition) {
        String hash = hash(definition);
        List<TemplateVersion> existing = versions.computeIfAbsent(definition.name(), n -> new ArrayList<>());
        for (TemplateVersion version : existing) {
            if (version.hash().equals(hash)) {
                return version;
            }
        }
        CompiledTemplate compiled = CompiledTemplate.compile(definition);
        TemplateVersion version = new TemplateVersion(definition.name(), existing.size() + 1, hash, compiled,
                VersionStatus.PENDING, List.of());
        existing.add(version);
        return version;
    }

    /**
     * Prices each test case of a PENDING version with {@code pricer} and records the verdict: ACCEPTED when every
     * pv is within its tolerance, else REJECTED. A case whose pricing throws fails with the error's message.
     */
    public TemplateVersion runTests(String name, int version, TemplatePricer pricer) {
        TemplateVersion pending = require(name, version);
        if (pending.status() != VersionStatus.PENDING) {
            throw new TemplateVersionStateException("version " + version + " of " + name + " is already "
                    + pending.status() + "; submit a new version instead", pending.status());
        }
        List<TestCaseResult> results = new ArrayList<>();
        boolean allPassed = true;
        for (TemplateTestCase testCase : pending.definition().testCases()) {
            TestCaseResult result = run(pending.template(), testCase, pricer);
            allPassed &= result.passed();
            results.add(result);
        }
        TemplateVersion decided = new TemplateVersion(name, version, pending.hash(), pending.template(),
                allPassed ? VersionStatus.ACCEPTED : VersionStatus.REJECTED, results);
        synchronized (this) {
            List<TemplateVersion> list = versions.get(name);
            if (list.get(version - 1).status() != VersionStatus.PENDING) {
                throw new TemplateVersionStateException("version " + version + " of " + name
                        + " was decided while its tests ran", list.get(version - 1).status());
            }
            list.set(version - 1, decided);
        }
        return decided;
    }

    private static TestCaseResult run(CompiledTemplate template, TemplateTestCase testCase, TemplatePricer pricer) {
        try {
            TemplatePricer.Price price = pricer.price(template, testCase.inputs());
            boolean passed = testCase.accepts(price.pv());
            return new TestCaseResult(testCase.name(), testCase.expectedPv(), testCase.tolerance(), price.pv(),
                    price.stdErr(), passed, passed ? null : "pv " + price.pv() + " is not within " + testCase.tolerance()
                    + " of " + testCase.expectedPv());
        } catch (ValidationException e) {
            return new TestCaseResult(testCase.name(), testCase.expectedPv(), testCase.tolerance(), Double.NaN,
                    Double.NaN, false, e.getMessage());
        }
    }

    /** The latest version of every template. */
    public synchronized List<TemplateVersion> list() {
        return versions.values().stream().filter(list -> !list.isEmpty()).map(list -> list.get(list.size() - 1)).toList();
    }

    /** Every version of one template, oldest first. */
    public synchronized List<TemplateVersion> versions(String name) {
        return List.copyOf(versions.getOrDefault(name, List.of()));
    }

    public synchronized Optional<TemplateVersion> read(String name, int version) {
        List<TemplateVersion> list = versions.get(name);
        if (list == null || version < 1 || version > list.size()) {
            return Optional.empty();
        }
        return Optional.of(list.get(version - 1));
    }

    public synchronized Optional<TemplateVersion> latestAccepted(String name) {
        List<TemplateVersion> list = versions.getOrDefault(name, List.of());
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).accepted()) {
                return Optional.of(list.get(i));
            }
        }
        return Optional.empty();
    }

    /** The version a deal is priced with: it must exist and be accepted. */
    public TemplateVersion forPricing(String name, int version) {
        TemplateVersion found = require(name, version);
        if (!found.accepted()) {
            throw new TemplateVersionStateException("version " + version + " of " + name + " is " + found.status()
                    + "; only an accepted version prices deals", found.status());
        }
        return found;
    }

    private TemplateVersion require(String name, int version) {
        return read(name, version).orElseThrow(() -> new ValidationException("template",
                "no version " + version + " of template " + name));
    }

    /** SHA-256 (hex) of the canonical JSON of the definition. */
    public static String hash(TemplateDefinition definition) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(TemplateJson.canonical(definition).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
