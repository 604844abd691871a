package meridian.domain.template.lifecycle;

import meridian.domain.common.Caller;
import meridian.domain.common.Decision;
import meridian.domain.common.ValidationException;
import meridian.domain.template.CompiledTemplate;
import meridian.domain.template.TemplateDefinition;
import meridian.domain.template.TemplateJson;
import meridian.domain.template.TemplateRegistry;
import meridian.domain.template.TemplateTestCase;
import meridian.domain.template.TemplateVersionStateException;
import meridian.domain.template.VersionStatus;
import meridian.domain.template.lifecycle.StructureTemplateEvent.TemplateVersionRejected;
import meridian.domain.template.lifecycle.StructureTemplateEvent.TemplateVersionSubmitted;
import meridian.domain.template.lifecycle.StructureTemplateEvent.TemplateVersionValidated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a structure template's versions: a definition that parses and compiles becomes the next version
 * (the same definition again is the version it already is); a PENDING version is decided once, by its own test
 * cases: accepted when every pv lies within its tolerance of the expected pv, else rejected. Decided versions never
 * change, and only accepted ones price.
 */
public final class StructureTemplates {

    private StructureTemplates() {
    }

    /** Parses, checks and compiles a definition: the checks a version must pass before it is submitted. */
    public static TemplateDefinition check(String definitionJson) {
        TemplateDefinition definition = TemplateJson.parse(definitionJson);
        CompiledTemplate.compile(definition);
        return definition;
    }

    /** The version hash of a definition's JSON: SHA-256 (hex) of its canonical form. */
    public static String hash(String definitionJson) {
        return TemplateRegistry.hash(TemplateJson.parse(definitionJson));
    }

    public static Decision<StructureTemplateEvent> submit(StructureTemplateState state, String name,
                                                          String definitionJson, Caller caller, Instant now) {
        TemplateDefinition definition;
        try {
            definition = check(definitionJson);
        } catch (ValidationException e) {
            return Decision.reject("the definition is invalid: " + e.getMessage());
        }
        if (!definition.name().equals(name)) {
            return Decision.reject("the definition is named " + definition.name() + ", not " + name);
        }
        String hash = TemplateRegistry.hash(definition);
        if (state.byHash(hash).isPresent()) {
            return Decision.accept();
        }
        return Decision.accept(new TemplateVersionSubmitted(caller.tenant(), name, state.versions().size() + 1, hash,
                TemplateJson.canonical(definition), definition.description(), caller.subject(), now));
    }

    /**
     * Decides a PENDING version from the runs of its test cases (one per case, in the definition's order, for the
     * definition with {@code hash}). Whether a case passed is decided here, from the definition's expected pv and
     * tolerance, not taken from the runner.
     */
    public static Decision<StructureTemplateEvent> recordTests(StructureTemplateState state, int version, String hash,
                                                               List<TestRun> runs, Caller caller, Instant now) {
        Optional<VersionRecord> found = state.version(version);
        if (found.isEmpty()) {
            return Decision.reject("there is no version " + version + (state.exists() ? " of " + state.name() : ""));
        }
        VersionRecord record = found.get();
        if (record.status() != VersionStatus.PENDING) {
            return Decision.reject("version " + version + " of " + record.name() + " is in state " + record.status()
                    + ": its tests have decided it for good; submit a new version instead");
        }
        if (!record.hash().equals(hash)) {
            return Decision.reject("the test runs are for definition " + hash + ", version " + version + " is "
                    + record.hash());
        }
        List<TemplateTestCase> cases = TemplateJson.parse(record.definition()).testCases();
        List<String> expectedNames = cases.stream().map(TemplateTestCase::name).toList();
        List<String> runNames = runs.stream().map(TestRun::name).toList();
        if (!expectedNames.equals(runNames)) {
            return Decision.reject("the test runs " + runNames + " do not match the test cases " + expectedNames);
        }
        List<TestOutcome> outcomes = new ArrayList<>();
        boolean allPassed = true;
        for (int i = 0; i < cases.size(); i++) {
            TestOutcome outcome = outcome(cases.get(i), runs.get(i));
            allPassed &= outcome.passed();
            outcomes.add(outcome);
        }
        return allPassed
                ? Decision.accept(new TemplateVersionValidated(state.tenant(), record.name(), version, hash, outcomes,
                        caller.subject(), now))
                : Decision.accept(new TemplateVersionRejected(state.tenant(), record.name(), version, hash, outcomes,
                        caller.subject(), now));
    }

    static TestOutcome outcome(TemplateTestCase testCase, TestRun run) {
        if (run.error() != null) {
            return new TestOutcome(testCase.name(), testCase.expectedPv(), testCase.tolerance(), null, null, false,
                    run.error());
        }
        double pv = run.pv();
        boolean passed = Double.isFinite(pv) && testCase.accepts(pv);
        return new TestOutcome(testCase.name(), testCase.expectedPv(), testCase.tolerance(), pv, run.stdErr(), passed,
                passed ? null : "pv " + pv + " is not within " + testCase.tolerance() + " of " + testCase.expectedPv());
    }

    /**
     * The version a price may use: it must exist (else a {@link ValidationException} on {@code field}) and be accepted
     * (else a {@link TemplateVersionStateException} naming its state: PENDING or REJECTED).
     */
    public static VersionRecord forPricing(StructureTemplateState state, String name, int version, String field) {
        VersionRecord record = state.version(version).orElseThrow(() -> new ValidationException(field,
                state.exists() ? "there is no version " + version + " of template " + name
                        : "there is no template " + name));
        if (!record.accepted()) {
            throw new TemplateVersionStateException("version " + version + " of template " + name + " is in state " + record.status()
                    + "; only an ACCEPTED version prices", record.status());
        }
        return record;
    }

    public static StructureTemplateState apply(StructureTemplateState state, StructureTemplateEvent event) {
        if (event instanceof TemplateVersionSubmitted e) {
            return state.with(e.tenant(), new VersionRecord(e.name(), e.version(), e.hash(), e.description(), e.definition(),
                    VersionStatus.PENDING, List.of(), e.by(), e.at(), null, null));
        }
        if (event instanceof TemplateVersionValidated e) {
            VersionRecord record = state.version(e.version()).orElseThrow();
            return state.with(e.tenant(), record.decided(VersionStatus.ACCEPTED, e.results(), e.by(), e.at()));
        }
        TemplateVersionRejected e = (TemplateVersionRejected) event;
        VersionRecord record = state.version(e.version()).orElseThrow();
        return state.with(e.tenant(), record.decided(VersionStatus.REJECTED, e.results(), e.by(), e.at()));
    }
}
