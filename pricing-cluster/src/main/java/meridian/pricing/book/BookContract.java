package meridian.pricing.book;

import meridian.domain.pricing.product.Product;

/** One contract of a book to value: its id (a deal id), the underlying whose market it reads, and its product. */
public record BookContract(String contractId, String underlying, Product product) {
}
