package com.cargoquote.rates;

public interface CarrierDirectory {

    String quoteUrl(String carrierCode);
}
