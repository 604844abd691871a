/**
 * The persistent life of structure templates, one entity per tenant and template name: versions are submitted
 * (immutable, identified by the SHA-256 of their canonical JSON), then decided once by their own test cases
 * (VALIDATED: accepted; REJECTED). Pure decide/apply rules; the write side persists the events.
 */
package meridian.domain.template.lifecycle;
