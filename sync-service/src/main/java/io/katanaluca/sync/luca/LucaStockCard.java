package io.katanaluca.sync.luca;

/** A stock card as Luca lists it: its id, its code and its name. */
public record LucaStockCard(long skartId, String kartKodu, String kartAdi) {
}
