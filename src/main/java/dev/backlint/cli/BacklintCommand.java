package dev.backlint.cli; public class BacklintCommand { public static void main(String[] a){} }
