package dev.slsbench.emulator.pricing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * One priced product of the catalogue: its attributes and its single on-demand price dimension.
 *
 * @param serviceCode e.g. {@code AmazonSageMaker}
 * @param attributes the product attributes GetProducts filters on ({@code regionCode}, {@code usagetype}, ...)
 * @param unit the billing unit, e.g. {@code Second}, {@code GB}, {@code Hrs}
 * @param usdPerUnit the on-demand price per unit
 * @param description what the price dimension charges for
 * @param effectiveDate when the price took effect
 */
record PriceProduct(String serviceCode, Map<String, String> attributes, String unit, BigDecimal usdPerUnit,
                    String description, LocalDate effectiveDate) {

    /** The Price List's on-demand offer term code; AWS uses this one for every on-demand term. */
    private static final String ON_DEMAND_TERM = "JRTCKXETXF";
    /** The rate code suffix AWS gives a single-dimension on-demand price. */
    private static final String RATE_CODE = "6YS6EN2CT7";

    PriceProduct {
        attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** A stable SKU derived from service, region and usage type, so that answers repeat across runs. */
    String sku() {
        String key = serviceCode + "/" + attributes.get("regionCode") + "/" + attributes.get("usagetype");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder sku = new StringBuilder();
            for (byte b : digest) {
                sku.append((char) ('A' + Math.floorMod(b, 26)));
                if (sku.length() == 16) {
                    break;
                }
            }
            return sku.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** The product document GetProducts returns as one string of its {@code PriceList}. */
    ObjectNode document(ObjectMapper json) {
        String sku = sku();
        ObjectNode doc = json.createObjectNode();
        ObjectNode product = doc.putObject("product");
        // productFamily is filterable like an attribute but AWS answers it beside the attributes, not in them
        if (attributes.containsKey("productFamily")) {
            product.put("productFamily", attributes.get("productFamily"));
        }
        ObjectNode attrs = product.putObject("attributes");
        attributes.forEach((name, value) -> {
            if (!name.equals("productFamily")) {
                attrs.put(name, value);
            }
        });
        attrs.put("servicecode", serviceCode);
        product.put("sku", sku);
        doc.put("serviceCode", serviceCode);
        ObjectNode term = doc.putObject("terms").putObject("OnDemand").putObject(sku + "." + ON_DEMAND_TERM);
        ObjectNode dimension = term.putObject("priceDimensions").putObject(sku + "." + ON_DEMAND_TERM + "." + RATE_CODE);
        dimension.put("unit", unit);
        dimension.put("endRange", "Inf");
        dimension.put("description", description);
        dimension.putArray("appliesTo");
        dimension.put("rateCode", sku + "." + ON_DEMAND_TERM + "." + RATE_CODE);
        dimension.put("beginRange", "0");
        dimension.putObject("pricePerUnit").put("USD", usdPerUnit.toPlainString());
        term.put("sku", sku);
        term.put("effectiveDate", effectiveDate + "T00:00:00Z");
        term.put("offerTermCode", ON_DEMAND_TERM);
        term.putObject("termAttributes");
        doc.put("version", HexFormat.of().toHexDigits(effectiveDate.toEpochDay()));
        doc.put("publicationDate", effectiveDate + "T00:00:00Z");
        return doc;
    }
}
