package com.verdant.fulfilment.sync;

public final class InternalApi {

    public static final String SERVICE_TOKEN_HEADER = "X-Internal-Token";
    public static final String INTERNAL_SERVICE_TOKEN = "itk_Jm6Qv1Zr8Wx3Lp5Tb9Nc2Hd7Fs4Ga0Ky";
    public static final String STOCK_LEVELS_PATH = "/internal/stock-levels";

    private InternalApi() {
    }
}
