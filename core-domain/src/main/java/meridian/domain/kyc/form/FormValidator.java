package meridian.domain.kyc.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.domain.kyc.ident.ResidentIdNumber;
import meridian.domain.kyc.ident.UnifiedSocialCreditCode;

/**
 * Field-level checks of the onboarding form. A draft may leave anything out but what it holds must be well formed; a
 * submitted form must be complete and consistent. Every bad field is named with a JSON-pointer-like path.
 */
public final class FormValidator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|\\+\\d{6,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME = 200;

    private final DocumentPolicy documents;

    public FormValidator(DocumentPolicy documents) {
        this.documents = documents;
    }

    public static FormValidator standard() {
        return new FormValidator(DocumentPolicy.standard());
    }

    /** What is malformed in a draft; missing values are fine. */
    public List<FieldError> draftErrors(OnboardingForm form, LocalDate today) {
        Checks checks = new Checks(false, today);
        check(form, checks);
        return checks.errors;
    }

    /** Everything that stops {@code form} from being submitted, for an invitation issued to {@code invitedCreditCode}. */
    public List<FieldError> submitErrors(OnboardingForm form, String invitedCreditCode, LocalDate today) {
        Checks checks = new Checks(true, today);
        check(form, checks);
        InstitutionProfile institution = form.institution();
        if (invitedCreditCode != null && institution != null && institution.unifiedSocialCreditCode() != null
                && UnifiedSocialCreditCode.isValid(institution.unifiedSocialCreditCode())
                && !institution.unifiedSocialCreditCode().equals(invitedCreditCode)) {
            checks.add("institution.unifiedSocialCreditCode", "is not the code of the invited institution");
        }
        return checks.errors;
    }

    public void validateDraft(OnboardingForm form, LocalDate today) {
        throwIfAny(draftErrors(form, today));
    }

    public void validateForSubmit(OnboardingForm form, String invitedCreditCode, LocalDate today) {
        throwIfAny(submitErrors(form, invitedCreditCode, today));
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void check(OnboardingForm form, Checks checks) {
        checkInstitution(form.institution(), checks);
        checkFinancial(form.financial(), checks);
        checkOwners(form.beneficialOwners(), checks);
        checkTraders(form.authorisedTraders(), checks);
        if (form.purpose() == null || form.purpose().purpose() == null) {
            checks.required("purpose.purpose");
        } else if (form.purpose().description() != null && form.purpose().description().length() > 1000) {
            checks.add("purpose.description", "must have at most 1000 characters");
        }
        checkDocuments(form.documents(), checks);
    }

    private void checkInstitution(InstitutionProfile institution, Checks checks) {
        String p = "institution.";
        if (institution == null) {
            checks.required("institution");
            return;
        }
        checks.name(p + "name", institution.name());
        if (institution.type() == null) {
            checks.required(p + "type");
        }
        if (institution.unifiedSocialCreditCode() == null) {
            checks.required(p + "unifiedSocialCreditCode");
        } else {
            UnifiedSocialCreditCode.problem(institution.unifiedSocialCreditCode())
                    .ifPresent(problem -> checks.add(p + "unifiedSocialCreditCode", problem));
        }
        checks.text(p + "registeredAddress", institution.registeredAddress(), 500);
        checks.name(p + "legalRepresentative", institution.legalRepresentative());
        checks.positive(p + "registeredCapitalCny", institution.registeredCapitalCny());
        if (institution.industry() == null) {
            checks.required(p + "industry");
        }
    }

    private void checkFinancial(FinancialProfile financial, Checks checks) {
        String p = "financial.";
        if (financial == null) {
            checks.required("financial");
            return;
        }
        if (financial.fiscalYear() == null) {
            checks.required(p + "fiscalYear");
        } else if (checks.today != null
                && (financial.fiscalYear() >= checks.today.getYear() || financial.fiscalYear() < checks.today.getYear() - 2)) {
            checks.add(p + "fiscalYear", "must be one of the last two completed years");
        }
        if (financial.netAssetsCny() == null) {
            checks.required(p + "netAssetsCny");
        }
        checks.notNegative(p + "financialAssetsCny", financial.financialAssetsCny());
        if (financial.yearsOfInvestmentExperience() == null) {
            checks.required(p + "yearsOfInvestmentExperience");
        } else if (financial.yearsOfInvestmentExperience() < 0 || financial.yearsOfInvestmentExperience() > 200) {
            checks.add(p + "yearsOfInvestmentExperience", "must be between 0 and 200");
        }
        for (int i = 0; i < financial.productsTraded().size(); i++) {
            if (financial.productsTraded().get(i) == null || financial.productsTraded().get(i).isBlank()) {
                checks.add(p + "productsTraded[" + i + "]", "must not be blank");
            }
        }
    }

    private void checkOwners(List<BeneficialOwner> owners, Checks checks) {
        if (owners.isEmpty() && checks.complete) {
            checks.add("beneficialOwners", "name at least one ultimate beneficial owner");
        }
        BigDecimal total = BigDecimal.ZERO;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < owners.size(); i++) {
            String p = "beneficialOwners[" + i + "].";
            BeneficialOwner owner = owners.get(i);
            if (owner == null) {
                checks.required("beneficialOwners[" + i + "]");
                continue;
            }
            checks.name(p + "name", owner.name());
            if (owner.nationality() == null) {
                checks.required(p + "nationality");
            } else if (!COUNTRY.matcher(owner.nationality()).matches()) {
                checks.add(p + "nationality", "must be an ISO 3166 alpha-2 country code such as CN");
            }
            if (owner.idNumber() == null) {
                checks.required(p + "idNumber");
            } else if ("CN".equals(owner.nationality())) {
                ResidentIdNumber.problem(owner.idNumber(), checks.today).ifPresent(problem -> checks.add(p + "idNumber", problem));
            } else if (!PASSPORT.matcher(owner.idNumber()).matches()) {
                checks.add(p + "idNumber", "must be a passport number of 5 to 20 capitals and digits");
            }
            if (owner.idNumber() != null && !ids.add(owner.idNumber())) {
                checks.add(p + "idNumber", "is given for another owner too");
            }
            if (owner.ownershipPct() == null) {
                checks.required(p + "ownershipPct");
            } else if (owner.ownershipPct().signum() < 0 || owner.ownershipPct().compareTo(HUNDRED) > 0) {
                checks.add(p + "ownershipPct", "must be between 0 and 100");
            } else {
                total = total.add(owner.ownershipPct());
            }
            if (owner.ownershipLayers() == null) {
                checks.required(p + "ownershipLayers");
            } else if (owner.ownershipLayers() < 1 || owner.ownershipLayers() > 20) {
                checks.add(p + "ownershipLayers", "must be between 1 (direct) and 20");
            }
            if (owner.politicallyExposed() == null) {
                checks.required(p + "politicallyExposed");
            }
        }
        if (total.compareTo(HUNDRED) > 0) {
            checks.add("beneficialOwners", "ownership adds up to " + total.stripTrailingZeros().toPlainString()
                    + "%, more than 100%");
        }
    }

    private void checkTraders(List<AuthorisedTrader> traders, Checks checks) {
        if (traders.isEmpty() && checks.complete) {
            checks.add("authorisedTraders", "name at least one authorised trader");
        }
        for (int i = 0; i < traders.size(); i++) {
            String p = "authorisedTraders[" + i + "].";
            AuthorisedTrader trader = traders.get(i);
            if (trader == null) {
                checks.required("authorisedTraders[" + i + "]");
                continue;
            }
            checks.name(p + "name", trader.name());
            if (trader.idNumber() == null) {
                checks.required(p + "idNumber");
            } else {
                ResidentIdNumber.problem(trader.idNumber(), checks.today).ifPresent(problem -> checks.add(p + "idNumber", problem));
            }
            if (trader.phone() == null) {
                checks.required(p + "phone");
            } else if (!PHONE.matcher(trader.phone()).matches()) {
                checks.add(p + "phone", "must be an 11-digit mainland mobile number or +country number");
            }
            if (trader.email() == null) {
                checks.required(p + "email");
            } else if (!EMAIL.matcher(trader.email()).matches()) {
                checks.add(p + "email", "is not an e-mail address");
            }
        }
    }

    private void checkDocuments(List<DocumentRef> refs, Checks checks) {
        Set<DocumentType> present = EnumSet.noneOf(DocumentType.class);
        for (int i = 0; i < refs.size(); i++) {
            DocumentRef ref = refs.get(i);
            present.add(ref.type());
            try {
                documents.check(ref);
            } catch (DocumentRefusedException e) {
                checks.add("documents[" + i + "]", e.errors().get(0).message());
            }
        }
        if (checks.complete) {
            for (DocumentType type : DocumentType.values()) {
                if (!present.contains(type)) {
                    checks.add("documents", "a " + type + " document is required");
                }
            }
        }
    }

    /** Collects errors; in a draft, missing values are not errors. */
    private static final class Checks {
        final boolean complete;
        final LocalDate today;
        final List<FieldError> errors = new ArrayList<>();

        Checks(boolean complete, LocalDate today) {
            this.complete = complete;
            this.today = today;
        }

        void add(String field, String message) {
            errors.add(new FieldError(field, message));
        }

        void required(String field) {
            if (complete) {
                add(field, "is required");
            }
        }

        void name(String field, String value) {
            text(field, value, MAX_NAME);
        }

        void text(String field, String value, int max) {
            if (value == null) {
                required(field);
            } else if (value.length() > max) {
                add(field, "must have at most " + max + " characters");
            }
        }

        void positive(String field, BigDecimal value) {
            if (value == null) {
                required(field);
            } else if (value.signum() <= 0) {
                add(field, "must be positive");
            }
        }

        void notNegative(String field, BigDecimal value) {
            if (value == null) {
                required(field);
            } else if (value.signum() < 0) {
                add(field, "must not be negative");
            }
        }
    }
}
