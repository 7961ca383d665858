/**
 * The catalog a fresh installation starts with. Ids are fixed here so every replica, test and
 * front end agrees on them. Golden Lotus is closed and Sakura's uni bowl is sold out on purpose:
 * the UI and the order flow must cope with both from day one.
 */
export interface SeedMenuItem {
  id: string;
  name: string;
  description: string;
  priceCents: number;
  available: boolean;
}

export interface SeedRestaurant {
  id: string;
  name: string;
  cuisine: string;
  address: string;
  open: boolean;
  menu: SeedMenuItem[];
}

export const seedRestaurants: SeedRestaurant[] = [
  {
    id: 'b686c77f-79ac-460e-94fb-2bb19b8ed16d',
    name: 'Bombay Tiffin House',
    cuisine: 'Indian',
    address: '118 Lexington Ave, New York, NY 10016',
    open: true,
    menu: [
      { id: 'a119cdaa-80de-4e7f-96aa-2348ea4173d8', name: 'Paneer Tikka', description: 'Cubes of cottage cheese marinated in yoghurt and spices, charred in the tandoor with peppers and onion.', priceCents: 1395, available: true },
      { id: '00e6f993-2e86-45e4-ac0a-944de22041a9', name: 'Butter Chicken', description: 'Tandoori chicken simmered in a silky tomato, butter and fenugreek sauce.', priceCents: 1695, available: true },
      { id: '5fc6b812-5b76-416a-87d5-c2f96a531145', name: 'Chana Masala', description: 'Chickpeas slow-cooked with onion, tomato, ginger and amchur. Vegan.', priceCents: 1195, available: true },
      { id: 'fa4adc57-617d-4c52-9a51-3b30fdcd7616', name: 'Dal Makhani', description: 'Black lentils and kidney beans simmered overnight, finished with cream.', priceCents: 1245, available: true },
      { id: '9adfde6c-2073-4178-a93b-b95a1ed0920b', name: 'Lamb Rogan Josh', description: 'Kashmiri braised lamb with Kashmiri chilli, fennel and cardamom.', priceCents: 1895, available: true },
      { id: 'e1014645-6de9-4274-bb94-adc23b3d92e4', name: 'Vegetable Biryani', description: 'Basmati rice layered with saffron, mint and seasonal vegetables, served with raita.', priceCents: 1495, available: true },
      { id: '36d37be4-94a1-4c27-acc1-855db8672291', name: 'Garlic Naan', description: 'Leavened flatbread from the tandoor, brushed with garlic butter and coriander.', priceCents: 395, available: true },
      { id: '79dc3e42-9357-4614-92d6-feb3f283e6fe', name: 'Mango Lassi', description: 'Alphonso mango blended with yoghurt and a pinch of cardamom.', priceCents: 495, available: true },
      { id: '0b1b52f2-9213-41f2-ac81-e3f71b723bda', name: 'Gulab Jamun', description: 'Two warm milk dumplings soaked in rose and cardamom syrup.', priceCents: 595, available: true },
    ],
  },
  {
    id: 'e77fa448-aa39-4f54-a1c1-f028f7c0ecf1',
    name: 'Sakura Noodle Bar',
    cuisine: 'Japanese',
    address: '42 St Marks Pl, New York, NY 10003',
    open: true,
    menu: [
      { id: '70995b2b-bb03-4ee2-a278-1f0ce3b13c09', name: 'Tonkotsu Ramen', description: 'Rich pork bone broth, chashu pork, ajitama egg, nori and scallion.', priceCents: 1650, available: true },
      { id: '3550c5ee-e635-41ac-9a58-860421585497', name: 'Shoyu Ramen', description: 'Clear chicken and soy broth with bamboo shoots, chashu and menma.', priceCents: 1550, available: true },
      { id: '19d6e931-5a6c-4ef5-9c3a-ff5f42309e68', name: 'Spicy Miso Ramen', description: 'Miso broth with chilli oil, ground pork, corn and bean sprouts.', priceCents: 1595, available: true },
      { id: 'c50ad279-c23f-4a55-ac00-ad3cdf73c2f3', name: 'Vegetable Gyoza', description: 'Six pan-fried dumplings filled with cabbage, shiitake and chives.', priceCents: 795, available: true },
      { id: 'b56222ac-26cc-4423-a415-4e231ff329f4', name: 'Chicken Karaage', description: 'Ginger and soy marinated fried chicken with kewpie mayo and lemon.', priceCents: 995, available: true },
      { id: 'c836977c-2d59-4cb0-bf0f-757fedc926dd', name: 'Salmon Poke Bowl', description: 'Sushi rice, marinated salmon, avocado, edamame, cucumber and sesame.', priceCents: 1795, available: true },
      { id: '34c6421e-ac0d-40ae-b835-ee3181d22425', name: 'Seasonal Uni Don', description: 'Hokkaido sea urchin over warm rice with shiso and wasabi, when the boats bring it.', priceCents: 3200, available: false },
      { id: '7bceb385-1511-4ba0-8982-61f1c78e31d0', name: 'Edamame', description: 'Steamed soy beans with flaky sea salt.', priceCents: 550, available: true },
      { id: '9eeccf9b-be0c-4b8c-8763-cc6555170810', name: 'Matcha Mochi', description: 'Three rice cakes filled with matcha ice cream.', priceCents: 650, available: true },
    ],
  },
  {
    id: '27b33474-5be5-47f7-86c4-2f521f1343b1',
    name: 'Trattoria Nonna Lucia',
    cuisine: 'Italian',
    address: '233 Mulberry St, New York, NY 10012',
    open: true,
    menu: [
      { id: 'fb5c47c1-4ea3-41ee-8e8b-d60120604c31', name: 'Margherita Pizza', description: 'San Marzano tomato, fior di latte, basil and olive oil from a wood-fired oven.', priceCents: 1450, available: true },
      { id: '124d0717-2a47-44e9-930c-5e5baea5ad77', name: 'Spaghetti Carbonara', description: 'Guanciale, egg yolk, pecorino romano and black pepper. No cream, ever.', priceCents: 1750, available: true },
      { id: 'd732e372-7214-4670-b7cb-27b1fc558c12', name: 'Lasagne alla Bolognese', description: 'Fresh egg pasta layered with slow-cooked beef and pork ragù and béchamel.', priceCents: 1850, available: true },
      { id: '0f4f5f23-d794-4e3e-9388-382ff059bac6', name: 'Penne all’Arrabbiata', description: 'Tomato, garlic and Calabrian chilli with parsley. Vegan.', priceCents: 1350, available: true },
      { id: '944f4324-2b7a-4327-8a84-def0f19498af', name: 'Risotto ai Funghi', description: 'Carnaroli rice with porcini and cremini mushrooms and parmigiano.', priceCents: 1950, available: true },
      { id: '1b379edc-d855-4bbc-8168-79074bd495f2', name: 'Burrata Caprese', description: 'Creamy burrata with heirloom tomatoes, basil and aged balsamic.', priceCents: 1250, available: true },
      { id: '77e2cbc6-123f-4a83-ae68-17455bb8d7ec', name: 'Arancini', description: 'Three fried saffron risotto balls stuffed with mozzarella and peas.', priceCents: 950, available: true },
      { id: 'c7da1286-ef34-4c6b-a1d1-fc9088c99f60', name: 'Tiramisù', description: 'Savoiardi soaked in espresso, layered with mascarpone and cocoa.', priceCents: 850, available: true },
    ],
  },
  {
    id: 'f0b1f56c-6eba-4597-a42a-ad7f4234b939',
    name: 'El Camino Taqueria',
    cuisine: 'Mexican',
    address: '1520 Mission St, San Francisco, CA 94103',
    open: true,
    menu: [
      { id: '2836ce46-87bb-470d-b26b-7c048c617935', name: 'Tacos al Pastor', description: 'Three corn tortillas with spit-roasted pork, pineapple, onion and cilantro.', priceCents: 1195, available: true },
      { id: '1d582a89-1b68-42a8-8a5b-de59ece8eb3c', name: 'Carne Asada Burrito', description: 'Grilled steak, rice, pinto beans, pico de gallo and guacamole in a flour tortilla.', priceCents: 1395, available: true },
      { id: '4f8aa446-d063-411c-b275-90951ed80f8c', name: 'Chicken Tinga Quesadilla', description: 'Chipotle-stewed chicken and Oaxaca cheese, with crema and salsa verde.', priceCents: 1150, available: true },
      { id: '4e17d895-38da-427b-a105-8e9891cc2a77', name: 'Baja Fish Tacos', description: 'Beer-battered cod, cabbage slaw, chipotle crema and lime.', priceCents: 1295, available: true },
      { id: 'f157992b-8972-4107-a4aa-1e52bf94bd0d', name: 'Veggie Bowl', description: 'Black beans, rice, roasted peppers, corn, queso fresco and salsa roja.', priceCents: 1095, available: true },
      { id: 'c996a351-63ca-4f57-8bf1-44bc202a064d', name: 'Chips & Guacamole', description: 'House-fried tortilla chips with guacamole made to order.', priceCents: 750, available: true },
      { id: '751581c5-0d47-44dd-ac15-cb0485680028', name: 'Elote', description: 'Grilled corn with mayo, cotija, chilli powder and lime.', priceCents: 550, available: true },
      { id: '785ba7c0-a8ed-4e7f-8e6d-9919385d858c', name: 'Horchata', description: 'Cinnamon rice milk over ice.', priceCents: 425, available: true },
      { id: '89051f0b-3c2d-4242-9c37-267e6c53bb8d', name: 'Churros', description: 'Four cinnamon-sugar churros with chocolate dipping sauce.', priceCents: 650, available: true },
    ],
  },
  {
    id: '5e3f7f84-38cf-4087-b1ff-cdeea6cc1d62',
    name: 'Golden Lotus Dim Sum',
    cuisine: 'Chinese',
    address: '66 Mott St, New York, NY 10013',
    open: false,
    menu: [
      { id: 'a3df6deb-4bbf-48bb-9212-adf3f0dcc83f', name: 'Har Gow', description: 'Four translucent shrimp dumplings.', priceCents: 795, available: true },
      { id: 'd74d51f2-df17-41b5-98b6-e120bd9de364', name: 'Siu Mai', description: 'Four open pork and shrimp dumplings topped with roe.', priceCents: 750, available: true },
      { id: 'aca9d8bf-f58f-44f4-a731-798a047a5735', name: 'Char Siu Bao', description: 'Three steamed buns filled with honey-roast pork.', priceCents: 695, available: true },
      { id: 'ce101d7e-93a3-4b21-9d34-c519f6c19013', name: 'Xiao Long Bao', description: 'Six soup dumplings with pork and ginger, served with black vinegar.', priceCents: 1095, available: true },
      { id: 'f8635d59-22a5-4adb-a94e-d9d0ebfe166a', name: 'Cheung Fun with Shrimp', description: 'Steamed rice noodle rolls with shrimp and sweet soy.', priceCents: 895, available: true },
      { id: '1f5f9bac-da0e-4b75-b1a2-814782fbc026', name: 'Turnip Cake', description: 'Pan-fried daikon cake with Chinese sausage and dried shrimp.', priceCents: 650, available: true },
      { id: '145b188f-565a-42c3-bc27-330110f91889', name: 'Salt and Pepper Squid', description: 'Crisp squid tossed with garlic, chilli and scallion.', priceCents: 1250, available: true },
      { id: 'b7486a73-1e14-4349-953d-fe8f307d5293', name: 'Egg Tarts', description: 'Three flaky Hong Kong-style custard tarts.', priceCents: 595, available: true },
    ],
  },
  {
    id: '74248dc7-829a-4d04-acb0-cf34dbebf8e4',
    name: 'Olive & Thyme Mezze',
    cuisine: 'Lebanese',
    address: '310 Atlantic Ave, Brooklyn, NY 11201',
    open: true,
    menu: [
      { id: 'b31c18d1-d159-4b85-8ba2-70786d1d23af', name: 'Chicken Shawarma Plate', description: 'Marinated chicken, garlic toum, pickles, rice and fattoush.', priceCents: 1595, available: true },
      { id: '6611daa5-7fc3-4e6b-a4b0-2e393c93c965', name: 'Falafel Wrap', description: 'Crisp falafel, tahini, tomato, parsley and pickled turnip in saj bread. Vegan.', priceCents: 1095, available: true },
      { id: 'ad0a7951-33f2-48ea-931e-7556fd81af1a', name: 'Hummus with Pita', description: 'Whipped chickpeas with tahini, lemon and olive oil, warm pita on the side.', priceCents: 850, available: true },
      { id: '764ac779-5593-4ce7-bdf6-1f2f5f2b16f2', name: 'Baba Ghanoush', description: 'Smoky roasted aubergine with tahini, garlic and pomegranate.', priceCents: 895, available: true },
      { id: 'b97051ea-c9c9-4173-ad04-eea27d08a403', name: 'Lamb Kofta', description: 'Three grilled spiced lamb skewers with sumac onions and yoghurt.', priceCents: 1795, available: true },
      { id: '864f2701-d898-4920-b0c5-a19f91a45ad4', name: 'Fattoush Salad', description: 'Romaine, tomato, cucumber, radish and toasted pita with sumac dressing.', priceCents: 975, available: true },
      { id: 'e7cb370a-caeb-4e0a-9561-6715eb4f944f', name: 'Halloumi Fries', description: 'Fried halloumi batons with za’atar and honey.', priceCents: 925, available: true },
      { id: '11462c53-004e-4210-870f-5fd5e01875bc', name: 'Baklava', description: 'Four pieces of pistachio baklava with orange blossom syrup.', priceCents: 695, available: true },
    ],
  },
];
