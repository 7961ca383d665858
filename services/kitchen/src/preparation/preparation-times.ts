/**
 * How long this kitchen takes to make each dish of the seeded menus, in minutes: what the kitchen
 * knows of its own work, by the catalog's fixed dish ids. A dish not listed (one staff added since)
 * takes the usual time.
 */
export const usualPreparationMinutes = 15;

export const preparationMinutesByDish: Readonly<Record<string, number>> = {
  // Bombay Tiffin House
  'a119cdaa-80de-4e7f-96aa-2348ea4173d8': 14, // Paneer Tikka
  '00e6f993-2e86-45e4-ac0a-944de22041a9': 16, // Butter Chicken
  '5fc6b812-5b76-416a-87d5-c2f96a531145': 10, // Chana Masala
  'fa4adc57-617d-4c52-9a51-3b30fdcd7616': 8, // Dal Makhani
  '9adfde6c-2073-4178-a93b-b95a1ed0920b': 18, // Lamb Rogan Josh
  'e1014645-6de9-4274-bb94-adc23b3d92e4': 20, // Vegetable Biryani
  '36d37be4-94a1-4c27-acc1-855db8672291': 6, // Garlic Naan
  '79dc3e42-9357-4614-92d6-feb3f283e6fe': 3, // Mango Lassi
  '0b1b52f2-9213-41f2-ac81-e3f71b723bda': 4, // Gulab Jamun
  // Sakura Noodle Bar
  '70995b2b-bb03-4ee2-a278-1f0ce3b13c09': 12, // Tonkotsu Ramen
  '3550c5ee-e635-41ac-9a58-860421585497': 11, // Shoyu Ramen
  '19d6e931-5a6c-4ef5-9c3a-ff5f42309e68': 12, // Spicy Miso Ramen
  'c50ad279-c23f-4a55-ac00-ad3cdf73c2f3': 9, // Vegetable Gyoza
  'b56222ac-26cc-4423-a415-4e231ff329f4': 10, // Chicken Karaage
  'c836977c-2d59-4cb0-bf0f-757fedc926dd': 7, // Salmon Poke Bowl
  '34c6421e-ac0d-40ae-b835-ee3181d22425': 8, // Seasonal Uni Don
  '7bceb385-1511-4ba0-8982-61f1c78e31d0': 4, // Edamame
  '9eeccf9b-be0c-4b8c-8763-cc6555170810': 3, // Matcha Mochi
  // Trattoria Nonna Lucia
  'fb5c47c1-4ea3-41ee-8e8b-d60120604c31': 12, // Margherita Pizza
  '124d0717-2a47-44e9-930c-5e5baea5ad77': 13, // Spaghetti Carbonara
  'd732e372-7214-4670-b7cb-27b1fc558c12': 9, // Lasagne alla Bolognese
  '0f4f5f23-d794-4e3e-9388-382ff059bac6': 12, // Penne all’Arrabbiata
  '944f4324-2b7a-4327-8a84-def0f19498af': 22, // Risotto ai Funghi
  '1b379edc-d855-4bbc-8168-79074bd495f2': 5, // Burrata Caprese
  '77e2cbc6-123f-4a83-ae68-17455bb8d7ec': 10, // Arancini
  'c7da1286-ef34-4c6b-a1d1-fc9088c99f60': 3, // Tiramisù
  // El Camino Taqueria
  '2836ce46-87bb-470d-b26b-7c048c617935': 10, // Tacos al Pastor
  '1d582a89-1b68-42a8-8a5b-de59ece8eb3c': 12, // Carne Asada Burrito
  '4f8aa446-d063-411c-b275-90951ed80f8c': 9, // Chicken Tinga Quesadilla
  '4e17d895-38da-427b-a105-8e9891cc2a77': 11, // Baja Fish Tacos
  'f157992b-8972-4107-a4aa-1e52bf94bd0d': 8, // Veggie Bowl
  'c996a351-63ca-4f57-8bf1-44bc202a064d': 5, // Chips & Guacamole
  '751581c5-0d47-44dd-ac15-cb0485680028': 7, // Elote
  '785ba7c0-a8ed-4e7f-8e6d-9919385d858c': 2, // Horchata
  '89051f0b-3c2d-4242-9c37-267e6c53bb8d': 8, // Churros
  // Golden Lotus Dim Sum
  'a3df6deb-4bbf-48bb-9212-adf3f0dcc83f': 10, // Har Gow
  'd74d51f2-df17-41b5-98b6-e120bd9de364': 10, // Siu Mai
  'aca9d8bf-f58f-44f4-a731-798a047a5735': 12, // Char Siu Bao
  'ce101d7e-93a3-4b21-9d34-c519f6c19013': 12, // Xiao Long Bao
  'f8635d59-22a5-4adb-a94e-d9d0ebfe166a': 9, // Cheung Fun with Shrimp
  '1f5f9bac-da0e-4b75-b1a2-814782fbc026': 8, // Turnip Cake
  '145b188f-565a-42c3-bc27-330110f91889': 9, // Salt and Pepper Squid
  'b7486a73-1e14-4349-953d-fe8f307d5293': 6, // Egg Tarts
  // Olive & Thyme Mezze
  'b31c18d1-d159-4b85-8ba2-70786d1d23af': 15, // Chicken Shawarma Plate
  '6611daa5-7fc3-4e6b-a4b0-2e393c93c965': 8, // Falafel Wrap
  'ad0a7951-33f2-48ea-931e-7556fd81af1a': 4, // Hummus with Pita
  '764ac779-5593-4ce7-bdf6-1f2f5f2b16f2': 4, // Baba Ghanoush
  'b97051ea-c9c9-4173-ad04-eea27d08a403': 14, // Lamb Kofta
  '864f2701-d898-4920-b0c5-a19f91a45ad4': 5, // Fattoush Salad
  'e7cb370a-caeb-4e0a-9561-6715eb4f944f': 8, // Halloumi Fries
  '11462c53-004e-4210-870f-5fd5e01875bc': 2, // Baklava
};
