package app.atelier.render;

import java.awt.Color;

/**
 * A class of the French energy performance diagnosis, A (best) to G, with the colours of its two
 * scales as the official label draws them: energy (DPE, green to red) and climate (GES, light to
 * deep purple).
 */
public enum EnergyClass {
    A(0x009C6D, 0xF6EDFD),
    B(0x52B153, 0xE4C7FA),
    C(0xA5CC74, 0xD5AAF6),
    D(0xF4E70F, 0xCB95F3),
    E(0xF0B40F, 0xBA72EF),
    F(0xEB8235, 0xA74DEB),
    G(0xD7221F, 0x8A19DF);

    private final int energy;
    private final int climate;

    EnergyClass(int energy, int climate) {
        this.energy = energy;
        this.climate = climate;
    }

    /** Its colour on the energy scale (DPE). */
    public Color energyColour() {
        return new Color(energy);
    }

    /** Its colour on the climate scale (GES). */
    public Color climateColour() {
        return new Color(climate);
    }
}
