package app;

class Broken {
    void half( {
}
