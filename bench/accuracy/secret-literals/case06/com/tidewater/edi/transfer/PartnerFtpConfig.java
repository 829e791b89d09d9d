package com.tidewater.edi.transfer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PartnerFtpConfig {

    private static final String FTP_HOST = "ftp.edi-partner.example";
    private static final String FTP_USER = "tidewater_edi";
    private static final String FTP_CREDENTIAL = "Ed1!xF3r#Tide77q";

    @Bean
    PartnerFtpClient partnerFtpClient() {
        return new PartnerFtpClient(FTP_HOST, 21, FTP_USER, FTP_CREDENTIAL);
    }
}
